/**
 * GET /due: where the caller stands with this week's check-in; GET /due/team: the same for
 * everyone below the caller in the org chart. Each person's state is read in their own time
 * zone against the org's cadence (the default when none is set).
 */
import { Hono } from 'hono';
import { sql, type Kysely } from 'kysely';
import { DEFAULT_CADENCE, checkInDue, isoWeekOf, localDate, orgCadenceId, type CadenceRule, type DueList } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import type { DB } from '../db/schema';
import { forbidden } from '../http/api-error';
import { reportsOf } from '../sync/visibility';

async function cadenceOf(db: Kysely<DB>, orgId: string): Promise<CadenceRule> {
  const row = await db
    .selectFrom('checkInCadences')
    .select(['intervalWeeks', 'anchorWeek', 'dueWeekday'])
    .where('orgId', '=', orgId)
    .where('id', '=', orgCadenceId(orgId))
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row ?? DEFAULT_CADENCE;
}

async function dueList(db: Kysely<DB>, orgId: string, people: ReadonlyArray<{ id: string; timezone: string }>, now: Date): Promise<DueList> {
  const cadence = await cadenceOf(db, orgId);
  // Only this week's check-in matters, and "this week" differs by at most one across time zones.
  const weeks = [...new Set(people.map((p) => isoWeekOf(localDate(now, p.timezone))))];
  const submitted = people.length
    ? await db.selectFrom('checkIns').select(['personId', 'week']).where('orgId', '=', orgId).where('personId', 'in', people.map((p) => p.id)).where('week', 'in', weeks).where('deletedAt', 'is', null).execute()
    : [];
  const weeksOf = (personId: string) => new Set(submitted.filter((s) => s.personId === personId).map((s) => s.week));
  return {
    cadence,
    checkIns: people.map((p) => checkInDue({ cadence, personId: p.id, timezone: p.timezone, now, submittedWeeks: weeksOf(p.id) })),
  };
}

function personOnly(personId: string | null): string {
  if (!personId) throw forbidden('an integration key has no check-ins; due lists belong to people');
  return personId;
}

export function dueRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>()
    .get('/due', async (c) => {
      const { orgId, personId } = c.get('principal');
      const me = await db.selectFrom('persons').select(['id', 'timezone']).where('orgId', '=', orgId).where('id', '=', personOnly(personId)).execute();
      return c.json(await dueList(db, orgId, me, clock()));
    })
    .get('/due/team', async (c) => {
      const { orgId, personId } = c.get('principal');
      const reports = await db
        .selectFrom('persons')
        .select(['id', 'timezone'])
        .where('orgId', '=', orgId)
        .where('active', '=', true)
        .where('deletedAt', 'is', null)
        .where(sql<boolean>`id in ${reportsOf(orgId, personOnly(personId))}`)
        .orderBy('name')
        .orderBy('id')
        .execute();
      return c.json(await dueList(db, orgId, reports, clock()));
    });
}
