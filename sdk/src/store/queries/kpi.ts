/** One KPI (views/kpi-view.ts) over this device's rows. */
import { kpiView } from '../../views/kpi-view';
import type { Query } from './context';

export const kpi: Query<'kpi'> = {
  async load(db, { metricId }, ctx) {
    const metric = await db.rows('metrics').get(metricId);
    if (!metric) return null;
    const goal = (await db.rows('goals').get(metric.goalId)) ?? null;
    const cycle = goal ? ((await db.rows('cycles').get(goal.cycleId)) ?? null) : null;
    const values = await db.rows('metricValues').where('metricId').equals(metricId).toArray();
    return kpiView(metric, goal, cycle, values, ctx.now());
  },
};
