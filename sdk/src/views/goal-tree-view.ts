/**
 * The goal cascade: goals matching the filter, each with its whole subtree, progress rolled up
 * with the model's math (so the server's dashboards show the same numbers) and pending flags.
 */
import { GoalCycleError, ancestors, rollUp } from '../model/progress';
import type { Cycle, Goal, Metric, MetricValue, Person, Team } from '../model';
import type { GoalFilter, GoalNode } from '../client';
import { kpiView } from './kpi-view';
import { creationOrder, groupBy } from './order';

export interface GoalTreeRows {
  goals: readonly Goal[];
  metrics: readonly Metric[];
  values: readonly MetricValue[];
  cycles: ReadonlyMap<string, Cycle>;
  persons: ReadonlyMap<string, Person>;
  teams: ReadonlyMap<string, Team>;
  me: Person | null;
  /** Ids of goals with local changes the server has not acknowledged. */
  pending: ReadonlySet<string>;
}

function matches(goal: Goal, filter: GoalFilter, me: Person | null): boolean {
  if (filter.level && goal.level !== filter.level) return false;
  if (filter.teamId && goal.teamId !== filter.teamId) return false;
  if (filter.ownerId && goal.ownerId !== filter.ownerId) return false;
  if (filter.cycleId && goal.cycleId !== filter.cycleId) return false;
  if (filter.scope === 'me') return !!me && (goal.ownerId === me.id || (!!me.teamId && goal.teamId === me.teamId));
  return true;
}

/**
 * A loop in parent links can only come from a local re-parent racing a remote one; until the
 * server settles it, cut each loop at the goal that closes it so the tree still renders.
 */
export function withoutParentLoops(goals: readonly Goal[]): Goal[] {
  const byGoal = new Map(goals.map((g) => [g.id, g]));
  const parentOf = (id: string) => byGoal.get(id)?.parentId;
  for (const goal of goals) {
    try {
      ancestors(goal.id, parentOf);
    } catch (error) {
      if (!(error instanceof GoalCycleError)) throw error;
      byGoal.set(goal.id, { ...goal, parentId: null });
    }
  }
  return [...byGoal.values()];
}

export function goalTreeView(rows: GoalTreeRows, filter: GoalFilter, now: Date): GoalNode[] {
  const { metrics, values, cycles, persons, teams, me, pending } = rows;
  const goals = withoutParentLoops(rows.goals);
  const progress = rollUp({ goals, metrics, values, cycles: [...cycles.values()], now });
  const children = groupBy(goals, (g) => g.parentId);
  const metricsByGoal = groupBy(metrics, (m) => m.goalId);
  const valuesByMetric = groupBy(values, (v) => v.metricId);
  const node = (goal: Goal): GoalNode => {
    const cycle = cycles.get(goal.cycleId) ?? null;
    const { progress: p = null, expected = 0, status = null } = progress.get(goal.id) ?? {};
    return {
      goal,
      owner: (goal.ownerId && persons.get(goal.ownerId)) || null,
      team: (goal.teamId && teams.get(goal.teamId)) || null,
      progress: p,
      expected,
      status,
      kpis: (metricsByGoal.get(goal.id) ?? []).map((m) => kpiView(m, goal, cycle, valuesByMetric.get(m.id) ?? [], now)),
      children: (children.get(goal.id) ?? []).sort(creationOrder).map(node),
      pending: pending.has(goal.id),
    };
  };
  const matching = goals.filter((g) => matches(g, filter, me));
  const matchingIds = new Set(matching.map((g) => g.id));
  const goalsById = new Map(goals.map((g) => [g.id, g]));
  // A matching goal below another matching goal already appears in that goal's subtree.
  const roots = matching.filter((g) => !ancestors(g.id, (id) => goalsById.get(id)?.parentId).some((a) => matchingIds.has(a)));
  return roots.sort(creationOrder).map(node);
}
