/**
 * The org the push-ingest bench writes into, built through the real import and push paths:
 * an admin, a support manager leading the team, and MEMBER_COUNT support agents who record a
 * team KPI and give each other feedback. Each agent has a person token for the HTTP path.
 */
import { uuidv7, type MutationInput, type MutationName } from '@sightline/sdk/model';
import { PeopleImport, applyPush, createOrg, importPeople, issueToken, personPrincipal, type Database, type Principal } from '@sightline/backend';

export const MEMBER_COUNT = 20;

export interface BenchMember {
  id: string;
  principal: Principal;
  token: string;
}

export interface BenchOrg {
  orgId: string;
  members: BenchMember[];
  goalId: string;
  metricId: string;
  skillId: string;
}

export async function createBenchOrg(database: Database): Promise<BenchOrg> {
  const orgId = uuidv7();
  await createOrg(database.db, { id: orgId, name: 'Bench Co', slug: `bench-${orgId.slice(-12)}` });
  const [adminId, managerId, teamId] = [uuidv7(), uuidv7(), uuidv7()];
  const memberIds = Array.from({ length: MEMBER_COUNT }, () => uuidv7());
  const person = (id: string, name: string, role: 'admin' | 'manager' | 'member', managerOf: string | null) => ({
    id,
    name,
    email: `${name}@bench.test`,
    role,
    managerId: managerOf,
    teamId: role === 'admin' ? null : teamId,
  });
  await importPeople(
    database.db,
    orgId,
    PeopleImport.parse({
      teams: [{ id: teamId, name: 'Support', function: 'support', leadId: managerId }],
      persons: [
        person(adminId, 'admin', 'admin', null),
        person(managerId, 'manager', 'manager', null),
        ...memberIds.map((id, i) => person(id, `agent${i}`, 'member', managerId)),
      ],
    }),
  );

  const [cycleId, goalId, metricId, skillId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
  const admin = personPrincipal(orgId, adminId, 'admin');
  const step = <N extends MutationName>(seq: number, name: N, args: MutationInput<N>) => ({ id: uuidv7(), seq, name, args, at: new Date().toISOString() });
  const setup = await applyPush(database.db, admin, {
    clientId: uuidv7(),
    mutations: [
      step(1, 'cycle.create', { id: cycleId, name: '2026 H1', kind: 'half', startsOn: '2026-01-01', endsOn: '2026-06-30' }),
      step(2, 'goal.create', { id: goalId, cycleId, level: 'team', teamId, title: 'Delight every customer', visibility: 'team' }),
      step(3, 'metric.create', { id: metricId, goalId, name: 'CSAT', indicator: 'lagging', unit: '%', baseline: 80, target: 95, direction: 'increase' }),
      step(4, 'skill.create', { id: skillId, name: 'De-escalation', category: 'support' }),
    ],
  });
  const refused = setup.results.filter((r) => r.status !== 'applied');
  if (refused.length) throw new Error(`bench org setup was refused: ${refused.map((r) => r.reason).join('; ')}`);

  const members: BenchMember[] = [];
  for (const id of memberIds) {
    const { token } = await issueToken(database.db, { orgId, personId: id, kind: 'person' });
    members.push({ id, principal: personPrincipal(orgId, id, 'member'), token });
  }
  return { orgId, members, goalId, metricId, skillId };
}
