import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('stays within [0, min(cap, base * 2^attempt)) for every attempt and random draw', () => {
    fc.assert(
      fc.property(fc.nat(80), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, DEFAULT_BACKOFF, () => r);
        const ceiling = Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** attempt);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }),
    );
  });

  it('doubles the ceiling per attempt up to the cap', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, DEFAULT_BACKOFF, top))).toEqual([999, 1999, 3999, 7999]);
    expect(backoffDelay(9, DEFAULT_BACKOFF, top)).toBe(299_999);
    expect(backoffDelay(1000, DEFAULT_BACKOFF, top)).toBe(299_999);
    expect(backoffDelay(5, DEFAULT_BACKOFF, () => 0)).toBe(0);
  });
});
