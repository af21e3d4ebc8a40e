import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoWeek, weekDays } from './iso-week';

const local = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};

describe('isoWeek', () => {
  it('handles the year edges', () => {
    expect(isoWeek(local('2026-01-01'))).toBe('2026-W01'); // a Thursday
    expect(isoWeek(local('2025-12-29'))).toBe('2026-W01'); // Monday of that week
    expect(isoWeek(local('2021-01-03'))).toBe('2020-W53');
    expect(isoWeek(local('2026-12-31'))).toBe('2026-W53');
    expect(isoWeek(local('2026-11-15'))).toBe('2026-W46'); // a Sunday
    expect(isoWeek(local('2026-11-16'))).toBe('2026-W47');
  });

  it('round-trips with weekDays for every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (offset) => {
        const day = new Date(Date.UTC(2010, 0, 1) + offset * 86_400_000);
        const week = isoWeek(new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
        const { monday, sunday } = weekDays(week);
        expect(monday.getUTCDay()).toBe(1);
        expect(day >= monday && day <= sunday).toBe(true);
      }),
    );
  });
});
