/**
 * GET /history/goals/:id and /history/metrics/:id: how a goal or KPI was edited, oldest first,
 * for whoever may see the goal or KPI now (the same SQL predicate as pull).
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { Id, type ChangeHistory, type HistoryEntity } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/database';
import type { DB } from '../db/schema';
import { notFound } from '../http/api-error';
import { visibleTo } from '../sync/visibility';

const ENTITIES = { goals: 'goal', metrics: 'metric' } as const satisfies Record<string, HistoryEntity>;

async function isVisible(db: Kysely<DB>, principal: Principal, table: keyof typeof ENTITIES, id: string): Promise<boolean> {
  // The table is chosen at run time; Kysely cannot type that.
  const row = await (db as unknown as Kysely<Record<string, { id: string; orgId: string; deletedAt: string | null }>>)
    .selectFrom(`${table} as t`)
    .select('t.id')
    .where('t.orgId', '=', principal.orgId)
    .where('t.id', '=', id)
    .where('t.deletedAt', 'is', null)
    .where(visibleTo(principal, table))
    .executeTakeFirst();
  return row !== undefined;
}

export function historyRoutes({ db }: Database) {
  return new Hono<AuthEnv>().get('/history/:table{goals|metrics}/:id', async (c) => {
    const principal = c.get('principal');
    const table = c.req.param('table') as keyof typeof ENTITIES;
    const entity = ENTITIES[table];
    const id = Id.safeParse(c.req.param('id'));
    // Unknown, malformed and invisible ids read alike: the answer never tells that a hidden goal exists.
    if (!id.success || !(await isVisible(db, principal, table, id.data))) throw notFound(`no ${entity} ${c.req.param('id')} that you may see`);
    const rows = await db
      .selectFrom('changeLog')
      .select(['version', 'changedAt', 'changedBy', 'changes'])
      .where('orgId', '=', principal.orgId)
      .where('entity', '=', entity)
      .where('entityId', '=', id.data)
      .orderBy('version')
      .orderBy('id')
      .execute();
    const history: ChangeHistory = {
      entity,
      id: id.data,
      entries: rows.map((r) => ({ version: r.version, at: r.changedAt, by: r.changedBy, changes: r.changes })),
    };
    return c.json(history);
  });
}
