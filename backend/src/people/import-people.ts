/**
 * Upserts teams and people in one transaction at one org version. Rows that did not change are
 * left alone (no needless pulls); a change of manager, team, role, or a team's lead changes who
 * may see what, so it also bumps the access epoch of exactly the people whose view changed
 * (changed-views.ts), and only their clients reset.
 */
import { sql, type Kysely } from 'kysely';
import type { Role } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { HttpError, describeIssues } from '../http/api-error';
import { announceChange, nextOrgVersion } from '../orgs/orgs';
import { bumpAccessEpochs } from '../sync/access-epochs';
import { orUnavailable } from '../sync/unavailable';
import { changedViews } from './changed-views';
import { checkImport, type PeopleImport } from './people-payload';
import { forbiddenGrants, lastAdminIssues } from './role-grants';

export interface ImportResult {
  version: number;
  teams: { created: number; updated: number; unchanged: number };
  persons: { created: number; updated: number; unchanged: number };
  /** Someone's view changed: their clients reset on their next pull. */
  aclChanged: boolean;
  /** How many people's view changed. */
  viewsChanged: number;
}

type Row = Record<string, unknown> & { id: string };

/** Splits incoming rows into new, changed and unchanged. */
function diff<T extends Row>(incoming: T[], existing: Map<string, Row>) {
  const write: T[] = [];
  let created = 0;
  for (const row of incoming) {
    const old = existing.get(row.id);
    if (!old) created++;
    if (!old || Object.keys(row).some((k) => row[k] !== old[k])) write.push(row);
  }
  return { write, counts: { created, updated: write.length - created, unchanged: incoming.length - write.length } };
}

const CHUNK = 500;

async function upsert(tx: Kysely<DB>, table: 'persons' | 'teams', rows: Row[], stamp: { orgId: string; version: number; updatedAt: string }) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => ({ ...r, ...stamp, deletedAt: null }));
    const columns = Object.keys(values[0]!).filter((c) => c !== 'orgId' && c !== 'id');
    await (tx as unknown as Kysely<Record<string, Row>>)
      .insertInto(table)
      .values(values)
      .onConflict((oc) => oc.columns(['orgId', 'id']).doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]))))
      .execute();
  }
}

/**
 * Applies a parsed import to the org; 422 with one issue per problem if any reference or chain
 * is wrong or no active admin would remain, 403 if it grants more than `importerRole` holds
 * (null: the system itself, as the seed).
 */
export async function importPeople(db: Kysely<DB>, orgId: string, payload: PeopleImport, now: Date = new Date(), importerRole: Role | null = null): Promise<ImportResult> {
  return orUnavailable(() => db.transaction().execute((tx) => importPeopleIn(tx, orgId, payload, now, importerRole)));
}

/** The import inside a transaction the caller holds. */
export async function importPeopleIn(tx: Kysely<DB>, orgId: string, payload: PeopleImport, now: Date, importerRole: Role | null): Promise<ImportResult> {
  const version = await nextOrgVersion(tx, orgId);
  const persons = await tx.selectFrom('persons').selectAll().where('orgId', '=', orgId).execute();
  const teams = await tx.selectFrom('teams').selectAll().where('orgId', '=', orgId).execute();
  const forbidden = forbiddenGrants(payload, persons, importerRole);
  if (forbidden.length) throw new HttpError(403, 'forbidden', `the import is not allowed: ${describeIssues(forbidden)}`, { issues: forbidden });
  const issues = [...checkImport(payload, { persons, teams }), ...lastAdminIssues(payload, persons)];
  if (issues.length) throw new HttpError(422, 'invalid_import', `the import cannot be applied: ${describeIssues(issues)}`, { issues });

  const teamDiff = diff(payload.teams, new Map(teams.map((t) => [t.id, t])));
  const personDiff = diff(payload.persons, new Map(persons.map((p) => [p.id, p])));
  const viewsChanged = changedViews({ persons, teams }, payload);
  // People and teams reference each other; check those keys at commit, when both sides are written.
  await sql`set constraints all deferred`.execute(tx);
  const stamp = { orgId, version, updatedAt: now.toISOString() };
  await upsert(tx, 'teams', teamDiff.write, stamp);
  await upsert(tx, 'persons', personDiff.write, stamp);
  // Checked here, not at commit: the caller's transaction may go on (the seed pushes next).
  await sql`set constraints all immediate`.execute(tx);

  const aclChanged = viewsChanged.size > 0;
  await bumpAccessEpochs(tx, orgId, version, viewsChanged);
  if (teamDiff.write.length + personDiff.write.length > 0) await announceChange(tx, { orgId, version, aclChanged });
  return { version, teams: teamDiff.counts, persons: personDiff.counts, aclChanged, viewsChanged: viewsChanged.size };
}
