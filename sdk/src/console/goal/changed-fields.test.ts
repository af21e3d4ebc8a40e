import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('keeps only what differs, null and a missing value alike, objects by value', () => {
    const current = { title: 'Grow', weight: 1, dueOn: null as string | null, range: { min: 1, max: 2 } as { min: number; max: number } | null };
    expect(changedFields(current, { title: 'Grow', weight: 2, dueOn: null, range: { min: 1, max: 2 } })).toEqual({ weight: 2 });
    expect(changedFields(current, { range: null, dueOn: '2027-01-01' })).toEqual({ range: null, dueOn: '2027-01-01' });
    expect(changedFields(current, {})).toEqual({});
  });
});
