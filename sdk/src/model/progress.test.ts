import { describe, expect, it } from 'vitest';
import {
  GoalCycleError,
  ancestors,
  expectedProgress,
  latestValues,
  metricProgress,
  paceStatus,
  rollUp,
  wouldCycle,
  type GoalLike,
  type MetricLike,
  type ValueLike,
} from './progress';

const quarter = { id: 'q2', startsOn: '2026-04-01', endsOn: '2026-06-30' };
/** Apr 1 00:00:00Z to Jun 30 23:59:59Z, in seconds. */
const QUARTER_SECONDS = 91 * 86_400 - 1;

describe('metricProgress', () => {
  const increase = { direction: 'increase', baseline: 60, target: 80, range: null } as const;
  const decrease = { direction: 'decrease', baseline: 45, target: 20, range: null } as const;
  const hold = { direction: 'hold', baseline: 88, target: 95, range: { min: 90, max: 100 } } as const;

  it.each([
    ['increase: at baseline', increase, 60, 0],
    ['increase: halfway', increase, 70, 0.5],
    ['increase: at target', increase, 80, 1],
    ['increase: beyond target is clamped', increase, 95, 1],
    ['increase: below baseline is clamped', increase, 50, 0],
    ['decrease: 45 -> 30 of 45 -> 20', decrease, 30, 0.6],
    ['decrease: beyond target is clamped', decrease, 5, 1],
    ['decrease: worse than baseline is clamped', decrease, 60, 0],
    ['hold: inside', hold, 95, 1],
    ['hold: on the lower edge', hold, 90, 1],
    ['hold: on the upper edge', hold, 100, 1],
    ['hold: half a range-width below', hold, 85, 0.5],
    ['hold: half a range-width above', hold, 105, 0.5],
    ['hold: a full range-width out', hold, 80, 0],
    ['hold: a narrow range falls off over at least one unit', { ...hold, range: { min: 4, max: 4.5 } }, 3.5, 0.5],
    ['hold: no range holds the target', { ...hold, range: null }, 95.5, 0.5],
  ] as const)('%s', (_, metric, current, expected) => {
    expect(metricProgress(metric, current)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['increase', 60, 1],
    ['increase', 59.9, 0],
    ['decrease', 60, 1],
    ['decrease', 60.1, 0],
  ] as const)('target == baseline (%s): %s gives %s, met or not', (direction, current, expected) => {
    expect(metricProgress({ direction, baseline: 60, target: 60, range: null }, current)).toBe(expected);
  });

  it.each([null, Number.NaN, Number.POSITIVE_INFINITY])('no usable value (%s) is 0 progress', (current) => {
    expect(metricProgress(increase, current)).toBe(0);
    expect(metricProgress(hold, current)).toBe(0);
  });
});

describe('latestValues', () => {
  const v = (id: string, at: string, metricId = 'm') => ({ id, metricId, at, value: 0 });

  it('keeps the latest value per metric, whatever the input order', () => {
    const values = [v('a', '2026-05-01T09:00:00Z'), v('b', '2026-05-08T09:00:00Z'), v('c', '2026-05-03T09:00:00Z', 'n')];
    for (const input of [values, [...values].reverse()]) {
      const latest = latestValues(input);
      expect([...latest.keys()].sort()).toEqual(['m', 'n']);
      expect(latest.get('m')?.id).toBe('b');
      expect(latest.get('n')?.id).toBe('c');
    }
  });

  it('breaks a tie on the same instant by the larger id', () => {
    const tied = [v('0190-b', '2026-05-01T09:00:00Z'), v('0190-c', '2026-05-01T09:00:00Z'), v('0190-a', '2026-05-01T09:00:00Z')];
    expect(latestValues(tied).get('m')?.id).toBe('0190-c');
    expect(latestValues([...tied].reverse()).get('m')?.id).toBe('0190-c');
  });

  it('compares instants, not strings: offsets and fractions of a second', () => {
    expect(latestValues([v('z', '2026-05-01T09:00:00Z'), v('plus2', '2026-05-01T10:00:00+02:00')]).get('m')?.id).toBe('z');
    expect(latestValues([v('later', '2026-05-01T09:00:00.500Z'), v('whole', '2026-05-01T09:00:00Z')]).get('m')?.id).toBe('later');
    // Same instant written two ways: the id decides, as for any tie.
    expect(latestValues([v('b', '2026-05-01T09:00:00Z'), v('a', '2026-05-01T11:00:00+02:00')]).get('m')?.id).toBe('b');
  });
});

describe('expectedProgress', () => {
  const at = (iso: string) => new Date(iso);

  it('is 0 before the cycle starts and 1 after it ends', () => {
    expect(expectedProgress({ dueOn: null }, quarter, at('2026-03-15T12:00:00Z'))).toBe(0);
    expect(expectedProgress({ dueOn: null }, quarter, at('2026-04-01T00:00:00Z'))).toBe(0);
    expect(expectedProgress({ dueOn: null }, quarter, at('2026-06-30T23:59:59Z'))).toBe(1);
    expect(expectedProgress({ dueOn: null }, quarter, at('2026-08-01T00:00:00Z'))).toBe(1);
  });

  it('is the elapsed fraction of the cycle', () => {
    expect(expectedProgress({ dueOn: null }, quarter, at('2026-05-16T00:00:00Z'))).toBeCloseTo((45 * 86_400) / QUARTER_SECONDS, 12);
  });

  it('ends the window at dueOn when the goal is due before the cycle ends', () => {
    const dueOn = '2026-04-10'; // window: Apr 1 00:00:00Z .. Apr 10 23:59:59Z
    expect(expectedProgress({ dueOn }, quarter, at('2026-04-06T00:00:00Z'))).toBeCloseTo((5 * 86_400) / (10 * 86_400 - 1), 12);
    expect(expectedProgress({ dueOn }, quarter, at('2026-04-20T00:00:00Z'))).toBe(1);
  });

  it('treats a due date before the cycle start as already due', () => {
    expect(expectedProgress({ dueOn: '2026-03-31' }, quarter, at('2026-03-31T12:00:00Z'))).toBe(0);
    expect(expectedProgress({ dueOn: '2026-03-31' }, quarter, at('2026-04-01T00:00:00Z'))).toBe(1);
  });

  it('counts such a goal as due from the last second of its due date on', () => {
    expect(expectedProgress({ dueOn: '2026-03-31' }, quarter, at('2026-03-31T23:59:58.999Z'))).toBe(0);
    expect(expectedProgress({ dueOn: '2026-03-31' }, quarter, at('2026-03-31T23:59:59Z'))).toBe(1);
  });
});

describe('paceStatus', () => {
  it.each([
    [0.6, 0.5, 'on_track'],
    [0.5, 0.5, 'on_track'],
    [0, 0.1, 'on_track'],
    [0, 0.1000001, 'at_risk'],
    [0.5, 0.75, 'at_risk'],
    [0, 0.25, 'at_risk'],
    [0, 0.2500001, 'off_track'],
    [0, 1, 'off_track'],
  ] as const)('progress %s vs expected %s is %s', (progress, expected, status) => {
    expect(paceStatus(progress, expected)).toBe(status);
  });
});

/** Builders that keep each roll-up scenario to the fields it is about. */
const goal = (id: string, parentId: string | null, extra: Partial<GoalLike> = {}): GoalLike => ({
  id,
  parentId,
  weight: 1,
  status: 'active',
  dueOn: null,
  cycleId: quarter.id,
  ...extra,
});
const metric = (id: string, goalId: string, extra: Partial<MetricLike> = {}): MetricLike => ({
  id,
  goalId,
  baseline: 0,
  target: 100,
  direction: 'increase',
  range: null,
  weight: 1,
  ...extra,
});
const value = (metricId: string, v: number): ValueLike => ({ id: `${metricId}-v`, metricId, value: v, at: '2026-05-15T12:00:00Z' });
const NOW = new Date('2026-05-16T00:00:00Z');
const EXPECTED_NOW = (45 * 86_400) / QUARTER_SECONDS; // ~0.4945

function roll(goals: GoalLike[], metrics: MetricLike[] = [], values: ValueLike[] = []) {
  return rollUp({ goals, metrics, values, cycles: [quarter], now: NOW });
}

describe('rollUp', () => {
  it('weights metrics and child goals together', () => {
    const result = roll(
      [goal('team', null), goal('person', 'team', { weight: 2 })],
      [
        metric('m1', 'team', { weight: 3 }),
        metric('m2', 'team', { direction: 'decrease', baseline: 40, target: 20 }),
        metric('m3', 'person', { target: 10 }),
      ],
      [value('m1', 50), value('m2', 20), value('m3', 2.5)],
    );
    // team = (3 * 0.5 + 1 * 1 + 2 * 0.25) / (3 + 1 + 2)
    expect(result.get('team')?.progress).toBeCloseTo(0.5, 12);
    expect(result.get('person')?.progress).toBeCloseTo(0.25, 12);
    expect(result.get('team')?.expected).toBeCloseTo(EXPECTED_NOW, 12);
  });

  it('counts a metric with no value yet as 0', () => {
    expect(roll([goal('g', null)], [metric('m', 'g')]).get('g')).toMatchObject({ progress: 0, status: 'off_track' });
  });

  it('gives an empty goal null progress and null status, and leaves it out of its parent', () => {
    const result = roll([goal('parent', null), goal('empty', 'parent', { weight: 9 })], [metric('m', 'parent')], [value('m', 80)]);
    expect(result.get('empty')).toEqual({ progress: null, expected: EXPECTED_NOW, status: null });
    expect(result.get('parent')?.progress).toBeCloseTo(0.8, 12);
  });

  it('counts completed children as 1 and skips cancelled ones', () => {
    const result = roll(
      [goal('parent', null), goal('done', 'parent', { status: 'completed' }), goal('dropped', 'parent', { status: 'cancelled', weight: 5 }), goal('live', 'parent')],
      [metric('m-done', 'done'), metric('m-dropped', 'dropped'), metric('m-live', 'live')],
      [value('m-done', 10), value('m-dropped', 0), value('m-live', 40)],
    );
    expect(result.get('done')?.progress).toBe(1); // completed: 1 whatever its metrics say
    expect(result.get('parent')?.progress).toBeCloseTo((1 + 0.4) / 2, 12);
    expect(result.get('dropped')).toMatchObject({ progress: 0, status: null });
  });

  it('gives draft goals progress but no pace status', () => {
    expect(roll([goal('g', null, { status: 'draft' })], [metric('m', 'g')], [value('m', 10)]).get('g')).toMatchObject({ progress: 0.1, status: null });
  });

  it('rolls a deep cascade org -> team -> person up by hand-computed numbers', () => {
    const goals = [
      goal('org', null),
      goal('support', 'org', { weight: 2 }),
      goal('sales', 'org'),
      goal('success', 'org', { weight: 5 }),
      goal('lena', 'support'),
      goal('kwame', 'support', { weight: 3 }),
      goal('ryan', 'success', { status: 'cancelled' }),
    ];
    const metrics = [
      metric('nps', 'org'),
      metric('csat', 'support', { direction: 'hold', baseline: 88, target: 95, range: { min: 90, max: 100 } }),
      metric('pipeline', 'sales'),
      metric('fcr', 'lena', { target: 8 }),
      metric('frt', 'kwame', { direction: 'decrease', baseline: 45, target: 20 }),
      metric('calls', 'ryan'),
    ];
    const values = [value('nps', 40), value('csat', 85), value('fcr', 6), value('frt', 35), value('calls', 90)];
    const result = roll(goals, metrics, values);

    const lena = 6 / 8; // 0.75
    const kwame = (45 - 35) / (45 - 20); // 0.4
    const support = (0.5 + lena + 3 * kwame) / (1 + 1 + 3); // csat 85 is half a width below 90 -> 0.5; = 0.49
    const sales = 0; // metric without values
    const org = (0.4 + 2 * support + 1 * sales) / (1 + 2 + 1); // success has only a cancelled child -> left out; = 0.345
    expect(result.get('lena')?.progress).toBeCloseTo(lena, 12);
    expect(result.get('kwame')?.progress).toBeCloseTo(kwame, 12);
    expect(result.get('support')?.progress).toBeCloseTo(0.49, 12);
    expect(support).toBeCloseTo(0.49, 12);
    expect(result.get('success')?.progress).toBeNull();
    expect(result.get('org')?.progress).toBeCloseTo(org, 12);
    expect(org).toBeCloseTo(0.345, 12);

    expect(Object.fromEntries([...result].map(([id, p]) => [id, p.status]))).toEqual({
      org: 'at_risk', // 0.4945 - 0.345 = 0.15
      support: 'on_track',
      sales: 'off_track',
      success: null,
      lena: 'on_track',
      kwame: 'on_track', // 0.4945 - 0.4 = 0.09
      ryan: null,
    });
  });

  it('treats a goal whose parent is not in the set as a root', () => {
    const result = roll([goal('orphan', 'not-loaded')], [metric('m', 'orphan')], [value('m', 60)]);
    expect(result.get('orphan')?.progress).toBeCloseTo(0.6, 12);
  });

  it('uses expected 0 when the cycle is not in the set', () => {
    const result = roll([goal('g', null, { cycleId: 'unknown' })], [metric('m', 'g')], [value('m', 0)]);
    expect(result.get('g')).toEqual({ progress: 0, expected: 0, status: 'on_track' });
  });

  it.each([
    ['a two-goal loop', [goal('a', 'b'), goal('b', 'a')]],
    ['a self-parent', [goal('a', 'a')]],
    ['a loop reached from a tail', [goal('tail', 'a'), goal('a', 'b'), goal('b', 'c'), goal('c', 'a')]],
  ])('throws GoalCycleError for %s', (_, goals) => {
    expect(() => roll(goals)).toThrow(GoalCycleError);
  });

  it('names the loop in the error', () => {
    const error = (() => {
      try {
        roll([goal('tail', 'a'), goal('a', 'b'), goal('b', 'a')]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GoalCycleError);
    expect((error as GoalCycleError).goalIds).toEqual(['tail', 'a', 'b', 'a']);
    expect((error as GoalCycleError).message).toBe('goal parent chain has a cycle: tail -> a -> b -> a');
  });
});

describe('ancestors and wouldCycle', () => {
  const parents: Record<string, string | null> = { org: null, team: 'org', person: 'team', loopA: 'loopB', loopB: 'loopA' };
  const parentOf = (id: string) => parents[id];

  it('walks the chain upward', () => {
    expect(ancestors('person', parentOf)).toEqual(['team', 'org']);
    expect(ancestors('org', parentOf)).toEqual([]);
  });

  it('stops a loop where it comes back to the start, naming it once', () => {
    let error: unknown;
    try {
      ancestors('loopA', parentOf);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoalCycleError);
    expect((error as GoalCycleError).goalIds).toEqual(['loopA', 'loopB', 'loopA']);
    expect((error as GoalCycleError).name).toBe('GoalCycleError');
  });

  it.each([
    ['org', 'person', true], // under its own grandchild
    ['org', 'team', true],
    ['team', 'team', true], // under itself
    ['person', 'org', false], // a legal move up the tree
    ['team', null, false], // detaching never loops
    ['other', 'person', false],
    ['other', 'loopA', true], // the new parent's chain already loops
  ] as const)('re-parenting %s under %s loops: %s', (id, newParent, loops) => {
    expect(wouldCycle(id, newParent, parentOf)).toBe(loops);
  });
});
