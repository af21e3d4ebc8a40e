/**
 * A small org chart for tests, built through the real import and push paths:
 *
 *   vp (manager) ─┬─ director (manager) ── manager (manager, leads support) ── alice, bob (members, support)
 *                 └─ lena (manager, leads sales, in no team, no reports)
 *   dave (member, sales, no manager)   admin (admin)   hr (people_admin)
 *
 * Each rule has someone who needs it: lena leads a team she is not in and whose member reports
 * to no one (so "teams the viewer leads" is her only way in); vp sits two levels above support
 * with several reports (so the manager chain must be transitive, not just direct reports).
 *
 * plus one cycle, a bearer token per person and an integration key.
 */
import { uuidv7, type Role } from '@sightline/sdk/model';
import { personPrincipal, type Principal } from '../../src/auth/principal';
import { issueToken } from '../../src/auth/tokens';
import type { Database } from '../../src/db/database';
import { createOrg } from '../../src/orgs/orgs';
import { importPeople } from '../../src/people/import-people';
import { PeopleImport } from '../../src/people/people-payload';
import { SyncClient, call } from './sync-client';

export const PEOPLE = ['admin', 'hr', 'vp', 'director', 'lena', 'manager', 'alice', 'bob', 'dave'] as const;
export type PersonName = (typeof PEOPLE)[number];

const ROLES: Record<PersonName, Role> = {
  admin: 'admin',
  hr: 'people_admin',
  vp: 'manager',
  director: 'manager',
  lena: 'manager',
  manager: 'manager',
  alice: 'member',
  bob: 'member',
  dave: 'member',
};

export interface OrgFixture {
  orgId: string;
  slug: string;
  ids: Record<PersonName, string>;
  teams: { support: string; sales: string };
  cycleId: string;
  tokens: Record<PersonName, string>;
  integrationKey: string;
  integration: Principal;
  principal(name: PersonName): Principal;
  /** A fresh sync client acting as `name` (its own clientId, seqs from 1). */
  client(name: PersonName | 'integration'): SyncClient;
}

export async function createOrgFixture(database: Database, label = 'org'): Promise<OrgFixture> {
  const orgId = uuidv7();
  const slug = `${label}-${orgId.slice(-12)}`;
  await createOrg(database.db, { id: orgId, name: `Test ${label}`, slug });
  const ids = Object.fromEntries(PEOPLE.map((n) => [n, uuidv7()])) as Record<PersonName, string>;
  const teams = { support: uuidv7(), sales: uuidv7() };
  const managerOf: Partial<Record<PersonName, PersonName>> = { director: 'vp', lena: 'vp', manager: 'director', alice: 'manager', bob: 'manager' };
  const teamOf: Partial<Record<PersonName, string>> = { manager: teams.support, alice: teams.support, bob: teams.support, dave: teams.sales };
  await importPeople(
    database.db,
    orgId,
    PeopleImport.parse({
      teams: [
        { id: teams.support, name: 'Support', function: 'support', leadId: ids.manager },
        { id: teams.sales, name: 'Sales', function: 'sales', leadId: ids.lena },
      ],
      persons: PEOPLE.map((n) => ({
        id: ids[n],
        name: n,
        email: `${n}@${slug}.test`,
        role: ROLES[n],
        managerId: managerOf[n] ? ids[managerOf[n]] : null,
        teamId: teamOf[n] ?? null,
      })),
    }),
  );
  const tokens = {} as Record<PersonName, string>;
  for (const n of PEOPLE) tokens[n] = (await issueToken(database.db, { orgId, personId: ids[n], kind: 'person' })).token;
  const key = await issueToken(database.db, { orgId, personId: ids.admin, kind: 'integration', name: 'crm' });
  const integration: Principal = { orgId, personId: null, role: 'member', kind: 'integration', key: `token:${key.id}`, tokenId: key.id };
  const principal = (name: PersonName) => personPrincipal(orgId, ids[name], ROLES[name]);
  const client = (name: PersonName | 'integration') => new SyncClient(database, name === 'integration' ? integration : principal(name));

  const cycleId = uuidv7();
  await client('admin').pushOk([call('cycle.create', { id: cycleId, name: '2026 H1', kind: 'half', startsOn: '2026-01-01', endsOn: '2026-06-30' })]);
  return { orgId, slug, ids, teams, cycleId, tokens, integrationKey: key.token, integration, principal, client };
}
