import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUp, type GoalLike, type MetricLike, type ValueLike } from './progress';

const cycle = { id: 'c', startsOn: '2026-01-01', endsOn: '2026-03-31' };

/** A random forest: each goal's parent (if any) is an earlier goal, so there is never a loop. */
const forest = fc.array(
  fc.record({
    parentPick: fc.option(fc.nat(), { nil: null }),
    weight: fc.double({ min: 0, max: 100, noNaN: true }),
    status: fc.constantFrom('draft', 'active', 'completed', 'cancelled'),
    metrics: fc.array(
      fc.record({
        direction: fc.constantFrom('increase', 'decrease', 'hold'),
        baseline: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        target: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        range: fc.option(fc.record({ min: fc.double({ min: -1e3, max: 0, noNaN: true }), max: fc.double({ min: 0, max: 1e3, noNaN: true }) }), { nil: null }),
        weight: fc.double({ min: 0, max: 100, noNaN: true }),
        values: fc.array(fc.double(), { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
  }),
  { minLength: 1, maxLength: 25 },
);

describe('rollUp (property)', () => {
  it('progress is within [0, 1] or null, and status is null exactly when it must be', () => {
    fc.assert(
      fc.property(forest, fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2026, 4, 1) }), (spec, nowMs) => {
        const goals: GoalLike[] = spec.map((g, i) => ({
          id: `g${i}`,
          parentId: g.parentPick === null || i === 0 ? null : `g${g.parentPick % i}`,
          weight: g.weight,
          status: g.status,
          dueOn: null,
          cycleId: cycle.id,
        }));
        const metrics: MetricLike[] = spec.flatMap((g, i) => g.metrics.map((m, j) => ({ ...m, id: `m${i}.${j}`, goalId: `g${i}` })));
        const values: ValueLike[] = spec.flatMap((g, i) =>
          g.metrics.flatMap((m, j) => m.values.map((value, k) => ({ id: `v${k}`, metricId: `m${i}.${j}`, value, at: `2026-02-0${k + 1}T00:00:00Z` }))),
        );

        const result = rollUp({ goals, metrics, values, cycles: [cycle], now: new Date(nowMs) });
        expect(result.size).toBe(goals.length);
        for (const g of goals) {
          const { progress, expected, status } = result.get(g.id)!;
          if (progress !== null) {
            expect(progress).toBeGreaterThanOrEqual(0);
            expect(progress).toBeLessThanOrEqual(1);
          }
          expect(expected).toBeGreaterThanOrEqual(0);
          expect(expected).toBeLessThanOrEqual(1);
          expect(status === null).toBe(progress === null || g.status === 'cancelled' || g.status === 'draft');
        }
      }),
      { numRuns: 300 },
    );
  });
});
