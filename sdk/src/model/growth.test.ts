import { describe, expect, it } from 'vitest';
import { DevelopmentAction, DevelopmentActionFields, DevelopmentActionPatch, Review, ReviewFields, Skill, SkillFields } from './growth';
import { ids, issues, sample, serverFields } from './test-samples';

describe('Skill', () => {
  it('accepts a skill and nulls the missing description', () => {
    expect(SkillFields.parse(sample.skill)).toEqual({ ...sample.skill, description: null });
    expect(Skill.parse({ ...sample.skill, ...serverFields }).name).toBe('De-escalation');
  });

  it.each([
    ['a blank name', { name: '' }, ['name: must not be empty']],
    ['an over-long description', { description: 'x'.repeat(2001) }, ['description: must be at most 2000 characters']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(SkillFields, { ...sample.skill, ...change })).toEqual(expected);
  });
});

describe('DevelopmentAction', () => {
  it('accepts an action and fills defaults', () => {
    expect(DevelopmentActionFields.parse(sample.developmentAction)).toEqual({
      ...sample.developmentAction,
      kind: 'practice',
      skillGapId: null,
      goalId: null,
      status: 'planned',
      startedOn: null,
      dueOn: null,
    });
    expect(DevelopmentAction.parse({ ...sample.developmentAction, ...serverFields }).status).toBe('planned');
  });

  it.each([
    ['an unknown status', { status: 'started' }, ['status: must be one of planned, in_progress, done, dropped']],
    ['a blank title', { title: ' ' }, ['title: must not be empty']],
    ['a bad skill id', { skillId: 'coaching' }, ['skillId: must be a UUID']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(DevelopmentActionFields, { ...sample.developmentAction, ...change })).toEqual(expected);
  });

  it('patches only named fields and never the owner', () => {
    expect(DevelopmentActionPatch.parse({ status: 'done' })).toEqual({ status: 'done' });
    expect(issues(DevelopmentActionPatch, { personId: ids.manager })).toEqual(['(root): has unknown key "personId"']);
  });
});

describe('Review', () => {
  it('accepts a self review and defaults status to draft', () => {
    expect(ReviewFields.parse(sample.review)).toEqual({ ...sample.review, answers: [], status: 'draft' });
  });

  it('accepts an unrated review', () => {
    expect(ReviewFields.parse({ ...sample.review, rating: undefined }).rating).toBeNull();
  });

  it.each([
    ['a rating of 0', { rating: 0 }, ['rating: must be at least 1']],
    ['a rating of 6', { rating: 6 }, ['rating: must be at most 5']],
    ['a fractional rating', { rating: 3.5 }, ['rating: must be a whole number']],
    ['an unknown kind', { kind: 'upward' }, ['kind: must be one of self, manager, peer']],
    ['a client-sent calibration', { calibratedRating: 3 }, ['(root): has unknown key "calibratedRating"']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(ReviewFields, { ...sample.review, ...change })).toEqual(expected);
  });

  it('stores reviewer and calibrated rating server-side', () => {
    const row = { ...sample.review, ...serverFields, reviewerId: ids.person };
    expect(Review.parse({ ...row, calibratedRating: null }).calibratedRating).toBeNull();
    expect(issues(Review, { ...row, calibratedRating: 9 })).toEqual(['calibratedRating: must be at most 5']);
  });
});
