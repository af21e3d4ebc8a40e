/** One KPI: its latest value, progress toward target, pace, and a short history for sparklines. */
import { expectedProgress, latestValues, metricProgress, paceStatus } from '../model/progress';
import type { Cycle, Goal, Metric, MetricValue } from '../model';
import type { KpiView } from '../client';
import { creationOrder } from './order';

/** About a year of weekly values: enough for a sparkline, bounded for a large tree. */
export const HISTORY_POINTS = 52;

const oldestFirst = (a: MetricValue, b: MetricValue) => Date.parse(a.at) - Date.parse(b.at) || creationOrder(a, b);

export function kpiView(metric: Metric, goal: Goal | null, cycle: Cycle | null, values: readonly MetricValue[], now: Date): KpiView {
  const current = latestValues(values).get(metric.id)?.value ?? null;
  const progress = metricProgress(metric, current);
  // Pace only means something for an active goal with a time window and at least one value.
  const status = goal?.status === 'active' && cycle && current !== null ? paceStatus(progress, expectedProgress(goal, cycle, now)) : null;
  const history = [...values].sort(oldestFirst).slice(-HISTORY_POINTS).map(({ at, value }) => ({ at, value }));
  return { metric, goal, current, progress, history, status };
}
