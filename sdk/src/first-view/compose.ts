/**
 * A query's result from a first view: the rows the server sent, composed by the same view
 * functions the store's queries use, so the first paint and the synced one agree. Loaded as a
 * chunk of its own, beside the engine, so neither the entry nor the first paint waits for the
 * store, Dexie or zod.
 */
import type { Cycle, CheckIn, FirstViewQueryName, FirstViewResponse, Goal, Metric, MetricValue, Person, Skill, Team } from '../model';
import type { Queries } from '../client';
import { checkInView } from '../views/check-in-view';
import { goalTreeView } from '../views/goal-tree-view';
import { kpiView } from '../views/kpi-view';
import { byName } from '../views/order';

/** The server's rows as the model types them (it sends model rows, the contract's shape). */
function tablesOf(view: FirstViewResponse) {
  const rows = <T>(table: keyof FirstViewResponse['rows']) => (view.rows[table] ?? []) as unknown as T[];
  return {
    persons: rows<Person>('persons'),
    teams: rows<Team>('teams'),
    cycles: rows<Cycle>('cycles'),
    skills: rows<Skill>('skills'),
    goals: rows<Goal>('goals'),
    metrics: rows<Metric>('metrics'),
    metricValues: rows<MetricValue>('metricValues'),
    checkIns: rows<CheckIn>('checkIns'),
  };
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));
const NOTHING_PENDING: ReadonlySet<string> = new Set();

type Composers = { [Q in FirstViewQueryName]: (view: FirstViewResponse, params: Queries[Q]['params'], now: Date) => Queries[Q]['result'] };

const COMPOSERS: Composers = {
  me: (view) => view.me as Person | null,
  people: (view) => [...tablesOf(view).persons].sort(byName),
  teams: (view) => [...tablesOf(view).teams].sort(byName),
  skills: (view) => [...tablesOf(view).skills].sort(byName),
  goalTree(view, filter, now) {
    const t = tablesOf(view);
    const me = view.me as Person | null;
    const rows = { goals: t.goals, metrics: t.metrics, values: t.metricValues, cycles: byId(t.cycles), persons: byId(t.persons), teams: byId(t.teams), me, pending: NOTHING_PENDING };
    return goalTreeView(rows, filter, now);
  },
  kpi(view, { metricId }, now) {
    const t = tablesOf(view);
    const metric = t.metrics.find((m) => m.id === metricId);
    if (!metric) return null;
    const goal = t.goals.find((g) => g.id === metric.goalId) ?? null;
    const cycle = (goal && t.cycles.find((c) => c.id === goal.cycleId)) ?? null;
    return kpiView(metric, goal, cycle, t.metricValues.filter((v) => v.metricId === metricId), now);
  },
  checkIn(view, { week }) {
    const t = tablesOf(view);
    const me = view.me as Person | null;
    const row = t.checkIns.find((c) => c.personId === me?.id && c.week === week) ?? null;
    return checkInView(me, week, row, t.goals, false);
  },
};

export function composeFirstView<Q extends FirstViewQueryName>(view: FirstViewResponse, query: Q, params: Queries[Q]['params'], now: Date): Queries[Q]['result'] {
  return COMPOSERS[query](view, params, now);
}
