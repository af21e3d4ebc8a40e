/** The goal cascade (views/goal-tree-view.ts) over this device's rows. */
import { goalTreeView } from '../../views/goal-tree-view';
import type { Query } from './context';
import { byId, loadMe, pendingIds } from './helpers';

export const goalTree: Query<'goalTree'> = {
  async load(db, filter, ctx) {
    const [goals, metrics, values, cycles, persons, teams, me, pending] = await Promise.all([
      db.rows('goals').toArray(),
      db.rows('metrics').toArray(),
      db.rows('metricValues').toArray(),
      byId(db.rows('cycles').toArray()),
      byId(db.rows('persons').toArray()),
      byId(db.rows('teams').toArray()),
      loadMe(db),
      pendingIds(db, 'goals'),
    ]);
    return goalTreeView({ goals, metrics, values, cycles, persons, teams, me, pending }, filter, ctx.now());
  },
};
