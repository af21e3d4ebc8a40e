import { describe, expect, it } from 'vitest';
import { CheckIn, CheckInFields } from './checkin';
import { checkInId } from './ids';
import { ids, issues, sample, serverFields } from './test-samples';

describe('CheckInFields', () => {
  it('accepts a check-in and normalises blank notes to null', () => {
    const parsed = CheckInFields.parse(sample.checkIn);
    expect(parsed.supportNeeded).toBeNull();
    expect(parsed.learningAction).toBeNull();
    expect(parsed.goals).toEqual(sample.checkIn.goals);
  });

  it('accepts a check-in with no goals', () => {
    expect(issues(CheckInFields, { ...sample.checkIn, goals: [] })).toEqual([]);
  });

  it.each([
    ['an id that is not the natural key', { id: ids.feedback }, ['id: must be checkInId(personId, week): one check-in per person and week']],
    ['an id minted for another week', { week: '2026-W19' }, ['id: must be checkInId(personId, week): one check-in per person and week']],
    [
      'a malformed week (the id no longer matches either)',
      { week: '2026-18' },
      ['week: must be an ISO week like 2026-W47', 'id: must be checkInId(personId, week): one check-in per person and week'],
    ],
    ['a non-integer confidence', { goals: [{ goalId: ids.goal, confidence: 7.5 }] }, ['goals.0.confidence: must be a whole number']],
    ['a confidence above 10', { goals: [{ goalId: ids.goal, confidence: 11 }] }, ['goals.0.confidence: must be at most 10']],
    ['a negative confidence', { goals: [{ goalId: ids.goal, confidence: -1 }] }, ['goals.0.confidence: must be at least 0']],
    [
      'the same goal twice',
      { goals: [{ goalId: ids.goal, confidence: 5 }, { goalId: ids.parentGoal, confidence: 6 }, { goalId: ids.goal, confidence: 7 }] },
      ['goals.2.goalId: appears twice'],
    ],
    ['over-long barriers', { barriers: 'x'.repeat(2001) }, ['barriers: must be at most 2000 characters']],
    ['a missing submittedAt', { submittedAt: undefined }, ['submittedAt: must be an ISO 8601 date-time']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(CheckInFields, { ...sample.checkIn, ...change })).toEqual(expected);
  });

  it('rejects more than 50 goals', () => {
    const goals = Array.from({ length: 51 }, (_, i) => ({ goalId: checkInId(ids.goal, String(i)), confidence: 5 }));
    expect(issues(CheckInFields, { ...sample.checkIn, goals })).toEqual(['goals: must have at most 50 items']);
  });
});

describe('CheckIn (stored row)', () => {
  it('keeps the natural-key rule', () => {
    const row = { ...sample.checkIn, ...serverFields };
    expect(CheckIn.parse(row).id).toBe(checkInId(ids.person, '2026-W18'));
    expect(issues(CheckIn, { ...row, personId: ids.manager })).toEqual(['id: must be checkInId(personId, week): one check-in per person and week']);
  });
});
