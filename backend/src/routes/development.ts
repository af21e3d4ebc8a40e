/**
 * GET /development/effect?actionId: did the action help? Feedback about the person on the
 * action's skill, by kind, before and after the day it started, and each KPI of its goal at
 * both sides of that day. Every part counts only rows the caller may see.
 */
import { Hono } from 'hono';
import { z } from 'zod/mini';
import { Id, type DevelopmentAction, type DevelopmentEffect, type Metric } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { toModelRow } from '../db/row-codec';
import { HttpError, notFound } from '../http/api-error';
import { readQuery } from '../http/query';
import { liveVisibleRows } from '../sync/live-visible-rows';

export const EffectQuery = z.strictObject({ actionId: Id });
const KINDS = ['praise', 'coaching', 'observation', 'self'] as const;
const zeroCounts = () => ({ praise: 0, coaching: 0, observation: 0, self: 0 });

export function developmentRoutes({ db }: Database) {
  return new Hono<AuthEnv>().get('/development/effect', async (c) => {
    const principal = c.get('principal');
    const { actionId } = readQuery(c, EffectQuery);
    const row = await liveVisibleRows(db, principal, 'developmentActions').selectAll('t').where('t.id', '=', actionId).executeTakeFirst();
    if (!row) throw notFound(`no development action ${actionId} that you may see`);
    const action = toModelRow(row) as DevelopmentAction;
    if (!action.startedOn) throw new HttpError(409, 'not_started', `development action ${actionId} has no startedOn; the effect is measured from the day it started`);
    // Compared as instants: stored timestamps carry milliseconds, so text comparison would misplace midnight.
    const pivot = Date.parse(`${action.startedOn}T00:00:00Z`);
    const side = (at: string) => (Date.parse(at) < pivot ? 'before' : 'after');

    let feedback: DevelopmentEffect['feedback'] = null;
    if (action.skillId) {
      const tagged = await liveVisibleRows(db, principal, 'feedback').select(['t.kind', 't.createdAt', 't.skillIds']).where('t.subjectId', '=', action.personId).execute();
      feedback = { before: zeroCounts(), after: zeroCounts() };
      for (const f of tagged) {
        if (!(f.skillIds as string[]).includes(action.skillId) || !KINDS.includes(f.kind)) continue;
        feedback[side(f.createdAt)][f.kind] += 1;
      }
    }

    const metrics = action.goalId
      ? (await liveVisibleRows(db, principal, 'metrics').selectAll('t').where('t.goalId', '=', action.goalId).orderBy('t.id').execute()).map((m) => toModelRow(m) as Metric)
      : [];
    const values = metrics.length
      ? await db.selectFrom('metricValues').select(['metricId', 'value', 'at']).where('orgId', '=', principal.orgId).where('metricId', 'in', metrics.map((m) => m.id)).where('deletedAt', 'is', null).orderBy('at').orderBy('id').execute()
      : [];
    const lastOf = (metricId: string, wanted: 'before' | 'after') =>
      values.filter((v) => v.metricId === metricId && side(v.at) === wanted).at(-1)?.value ?? null;

    const effect: DevelopmentEffect = {
      action,
      pivot: action.startedOn,
      feedback,
      kpis: metrics.map((metric) => ({ metric, before: lastOf(metric.id, 'before'), after: lastOf(metric.id, 'after') })),
    };
    return c.json(effect);
  });
}
