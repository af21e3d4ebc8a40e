/**
 * GET /history/goals/:id and /history/metrics/:id: how a goal or KPI was edited, oldest first,
 * for whoever may see the goal or KPI now (the same SQL predicate as pull).
 */
import { Hono, type Context } from 'hono';
import { Id, type ChangeHistory, type HistoryEntity } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { notFound } from '../http/api-error';
import { isVisibleRow } from '../sync/visible-row';

const ENTITIES = { goals: 'goal', metrics: 'metric' } as const satisfies Record<string, HistoryEntity>;

export function historyRoutes({ db }: Database) {
  // One path per table, so the route table (api/route-table.ts) names each exactly.
  const historyOf = (table: keyof typeof ENTITIES) => async (c: Context<AuthEnv>) => {
    const principal = c.get('principal');
    const entity = ENTITIES[table];
    const id = Id.safeParse(c.req.param('id'));
    // Unknown, malformed and invisible ids read alike: the answer never tells that a hidden goal exists.
    if (!id.success || !(await isVisibleRow(db, principal, table, id.data))) throw notFound(`no ${entity} ${c.req.param('id')} that you may see`);
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
  };
  return new Hono<AuthEnv>().get('/history/goals/:id', historyOf('goals')).get('/history/metrics/:id', historyOf('metrics'));
}
