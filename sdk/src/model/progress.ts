/**
 * Progress math shared by the offline client and the server, so both show the same numbers.
 * Pure functions of rows; no I/O, no clock (callers pass `now`).
 */
import type { Direction } from './metric';

export type PaceStatus = 'on_track' | 'at_risk' | 'off_track';

/** How far behind the expected pace a goal may be before it is flagged. */
export const PACE_TOLERANCE = { atRisk: 0.1, offTrack: 0.25 } as const;

export interface MetricLike {
  id: string;
  goalId: string;
  baseline: number;
  target: number;
  direction: Direction;
  range: { min: number; max: number } | null;
  weight: number;
}

export interface ValueLike {
  metricId: string;
  value: number;
  at: string;
  id: string;
}

export interface GoalLike {
  id: string;
  parentId: string | null;
  weight: number;
  status: 'draft' | 'active' | 'completed' | 'cancelled';
  dueOn: string | null;
  cycleId: string;
}

export interface CycleLike {
  id: string;
  startsOn: string;
  endsOn: string;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * 0..1 progress of one metric at `current`. increase/decrease are linear from baseline to
 * target and clamped; when target equals baseline the metric is met or not. hold is 1 inside
 * the range and falls linearly to 0 one range-width (at least 1 unit) outside it.
 */
export function metricProgress(m: Pick<MetricLike, 'baseline' | 'target' | 'direction' | 'range'>, current: number | null): number {
  if (current === null || !Number.isFinite(current)) return 0;
  switch (m.direction) {
    case 'increase':
      if (m.target === m.baseline) return current >= m.target ? 1 : 0;
      return clamp01((current - m.baseline) / (m.target - m.baseline));
    case 'decrease':
      if (m.target === m.baseline) return current <= m.target ? 1 : 0;
      return clamp01((m.baseline - current) / (m.baseline - m.target));
    case 'hold': {
      const range = m.range ?? { min: m.target, max: m.target };
      if (current >= range.min && current <= range.max) return 1;
      const width = Math.max(range.max - range.min, 1);
      const distance = current < range.min ? range.min - current : current - range.max;
      return clamp01(1 - distance / width);
    }
  }
}

/** `at` may carry any offset or fraction of a second, so instants are compared, not strings. */
function isLater(a: ValueLike, b: ValueLike): boolean {
  const diff = Date.parse(a.at) - Date.parse(b.at);
  return diff > 0 || (diff === 0 && a.id > b.id);
}

/** The latest value of each metric (by instant, then id so equal instants resolve the same everywhere). */
export function latestValues(values: readonly ValueLike[]): Map<string, ValueLike> {
  const latest = new Map<string, ValueLike>();
  for (const v of values) {
    const seen = latest.get(v.metricId);
    if (!seen || isLater(v, seen)) latest.set(v.metricId, v);
  }
  return latest;
}

/** Fraction of the goal's time window that has elapsed at `now` (window: cycle start to dueOn or cycle end). */
export function expectedProgress(goal: Pick<GoalLike, 'dueOn'>, cycle: CycleLike, now: Date): number {
  const start = Date.parse(`${cycle.startsOn}T00:00:00Z`);
  const end = Date.parse(`${goal.dueOn ?? cycle.endsOn}T23:59:59Z`);
  if (end <= start) return now.getTime() >= end ? 1 : 0;
  return clamp01((now.getTime() - start) / (end - start));
}

/** on_track unless progress trails the expected pace by more than the tolerances. */
export function paceStatus(progress: number, expected: number): PaceStatus {
  const gap = expected - progress;
  if (gap > PACE_TOLERANCE.offTrack) return 'off_track';
  if (gap > PACE_TOLERANCE.atRisk) return 'at_risk';
  return 'on_track';
}

export class GoalCycleError extends Error {
  constructor(readonly goalIds: string[]) {
    super(`goal parent chain has a cycle: ${goalIds.join(' -> ')}`);
    this.name = 'GoalCycleError';
  }
}

/** The chain of ancestors from `id` upward; throws GoalCycleError if the chain loops. */
export function ancestors(id: string, parentOf: (id: string) => string | null | undefined): string[] {
  const chain: string[] = [];
  const seen = new Set([id]);
  for (let p = parentOf(id); p; p = parentOf(p)) {
    if (seen.has(p)) throw new GoalCycleError([id, ...chain, p]);
    seen.add(p);
    chain.push(p);
  }
  return chain;
}

/** Would re-parenting `id` under `newParentId` close a loop? */
export function wouldCycle(id: string, newParentId: string | null, parentOf: (id: string) => string | null | undefined): boolean {
  if (!newParentId) return false;
  if (newParentId === id) return true;
  try {
    return ancestors(newParentId, parentOf).includes(id);
  } catch {
    return true;
  }
}

export interface GoalProgress {
  /** 0..1, or null when the goal has nothing measurable yet (no metrics, no measurable children). */
  progress: number | null;
  expected: number;
  status: PaceStatus | null;
}

/**
 * Weighted roll-up through the cascade: a goal's progress is the weighted mean of its own
 * metrics and its measurable child goals (cancelled children do not count; completed ones
 * count as 1). Throws GoalCycleError when the parent links loop.
 */
export function rollUp(input: {
  goals: readonly GoalLike[];
  metrics: readonly MetricLike[];
  values: readonly ValueLike[];
  cycles: readonly CycleLike[];
  now: Date;
}): Map<string, GoalProgress> {
  const goalsById = new Map(input.goals.map((g) => [g.id, g]));
  const cyclesById = new Map(input.cycles.map((c) => [c.id, c]));
  const parentOf = (id: string) => goalsById.get(id)?.parentId;
  for (const g of input.goals) ancestors(g.id, parentOf);

  const children = new Map<string, GoalLike[]>();
  for (const g of input.goals) {
    if (g.parentId && goalsById.has(g.parentId)) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  }
  const metricsByGoal = new Map<string, MetricLike[]>();
  for (const m of input.metrics) metricsByGoal.set(m.goalId, [...(metricsByGoal.get(m.goalId) ?? []), m]);
  const latest = latestValues(input.values);

  const progressOf = new Map<string, number | null>();
  const compute = (g: GoalLike): number | null => {
    if (progressOf.has(g.id)) return progressOf.get(g.id)!;
    let sum = 0;
    let weights = 0;
    for (const m of metricsByGoal.get(g.id) ?? []) {
      sum += m.weight * metricProgress(m, latest.get(m.id)?.value ?? null);
      weights += m.weight;
    }
    for (const c of children.get(g.id) ?? []) {
      if (c.status === 'cancelled') continue;
      const p = c.status === 'completed' ? 1 : compute(c);
      if (p === null) continue;
      sum += c.weight * p;
      weights += c.weight;
    }
    const result = g.status === 'completed' ? 1 : weights > 0 ? sum / weights : null;
    progressOf.set(g.id, result);
    return result;
  };

  const out = new Map<string, GoalProgress>();
  for (const g of input.goals) {
    const progress = compute(g);
    const cycle = cyclesById.get(g.cycleId);
    const expected = cycle ? expectedProgress(g, cycle, input.now) : 0;
    const status = progress === null || g.status === 'cancelled' || g.status === 'draft' ? null : paceStatus(progress, expected);
    out.set(g.id, { progress, expected, status });
  }
  return out;
}
