/**
 * Test-only: a signed-in person, a cycle and goal args, and a fresh database per test.
 * Import 'fake-indexeddb/auto' before this in Node tests.
 */
import { Goal, nameId, uuidv7, type MutationInput, type Person } from '../../model';
import { SightlineDb } from '../db';
import { writeMeta } from '../meta';
import type { QueryContext } from '../queries/context';

export const ORG_ID = nameId('fixture', 'org');
export const TEAM_ID = nameId('fixture', 'team');
export const CYCLE_ID = nameId('fixture', 'cycle');

export function person(name: string, overrides: Partial<Person> = {}): Person {
  return {
    id: nameId('fixture', 'person', name),
    name,
    email: `${name.toLowerCase()}@example.com`,
    title: null,
    managerId: null,
    teamId: TEAM_ID,
    role: 'admin',
    timezone: 'UTC',
    active: true,
    orgId: ORG_ID,
    version: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export const ADA = person('Ada');

export const cycleArgs: MutationInput<'cycle.create'> = { id: CYCLE_ID, name: 'Q2 2026', kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-06-30' };

export function goalArgs(overrides: Partial<MutationInput<'goal.create'>> = {}): MutationInput<'goal.create'> {
  return { id: uuidv7(), cycleId: CYCLE_ID, level: 'org', title: 'Delight customers', ...overrides };
}

/** A new, uniquely named database with `me` signed in. */
export async function openTestDb(me: Person | null = ADA, name = `test-${uuidv7()}`): Promise<SightlineDb> {
  const db = new SightlineDb(name);
  await db.open();
  if (me) await writeMeta(db, 'me', me);
  return db;
}

/** A goal row as the server would send it. */
export function serverGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...Goal.parse({ ...goalArgs(), orgId: ORG_ID, version: 1, updatedAt: '2026-01-01T00:00:00Z' }),
    ...overrides,
  };
}

/** A query context at a fixed instant, offline and leading (the queries' tests). */
export const fixedQueryContext = (now: Date): QueryContext => ({
  now: () => now,
  local: { get: () => ({ leader: true, online: false, openedAt: now.toISOString() }), subscribe: () => () => {} },
});
