import { describe, expect, it } from 'vitest';
import { MUTATIONS, MUTATION_NAMES, type MutationName } from './mutations';
import { ids, issues, sample } from './test-samples';

/** One valid args and one broken args per mutation; typed as a full Record so a new mutation cannot go untested. */
const cases: Record<MutationName, { valid: unknown; invalid: unknown; issue: string }> = {
  'cycle.create': { valid: sample.cycle, invalid: { ...sample.cycle, endsOn: '2026-01-01' }, issue: 'endsOn: must be after startsOn' },
  'cycle.update': {
    valid: { id: ids.cycle, patch: { name: 'Q2 2026 (extended)', endsOn: '2026-07-15' } },
    invalid: { id: ids.cycle, patch: { startsOn: '1 April' } },
    issue: 'patch.startsOn: must be an ISO date (YYYY-MM-DD)',
  },
  'team.update': {
    valid: { id: ids.team, patch: { leadId: ids.person } },
    invalid: { id: ids.team, patch: { function: 'magic' } },
    issue: 'patch.function: must be one of support, sales, success, product, engineering, operations, people, other',
  },
  'team.create': { valid: sample.team, invalid: { ...sample.team, parentTeamId: 'root' }, issue: 'parentTeamId: must be a UUID' },
  'goal.create': { valid: sample.goal, invalid: { ...sample.goal, teamId: null }, issue: 'teamId: is required for a team goal' },
  'goal.update': {
    valid: { id: ids.goal, patch: { status: 'completed' } },
    invalid: { id: ids.goal, patch: { weight: 500 } },
    issue: 'patch.weight: must be at most 100',
  },
  'goal.delete': { valid: { id: ids.goal }, invalid: { id: 'goal-1' }, issue: 'id: must be a UUID' },
  'metric.create': { valid: sample.metric, invalid: { ...sample.metric, direction: 'hold' }, issue: 'range: is required when direction is hold' },
  'metric.update': {
    valid: { id: ids.metric, patch: { target: 18 } },
    invalid: { id: ids.metric, patch: { direction: 'sideways' } },
    issue: 'patch.direction: must be one of increase, decrease, hold',
  },
  'metric.record': { valid: sample.metricValue, invalid: { ...sample.metricValue, value: null }, issue: 'value: must be a number' },
  'checkin.submit': {
    valid: sample.checkIn,
    invalid: { ...sample.checkIn, personId: ids.manager },
    issue: 'id: must be checkInId(personId, week): one check-in per person and week',
  },
  'feedback.create': { valid: sample.feedback, invalid: { ...sample.feedback, body: '' }, issue: 'body: must not be empty' },
  'feedback.delete': { valid: { id: ids.feedback }, invalid: {}, issue: 'id: must be a UUID' },
  'feedbackRequest.create': {
    valid: sample.feedbackRequest,
    invalid: { ...sample.feedbackRequest, dueOn: 'Friday' },
    issue: 'dueOn: must be an ISO date (YYYY-MM-DD)',
  },
  'feedbackRequest.decline': {
    valid: { id: ids.request, reason: 'I have not worked with Lena this quarter.' },
    invalid: { id: ids.request, reason: 'x'.repeat(2001) },
    issue: 'reason: must be at most 2000 characters',
  },
  'feedbackRequest.cancel': { valid: { id: ids.request }, invalid: { id: 7 }, issue: 'id: must be a UUID' },
  'support.decide': {
    valid: sample.supportDecision,
    invalid: { ...sample.supportDecision, id: ids.review },
    issue: 'id: must be supportDecisionId(checkInId): one decision per check-in',
  },
  'skill.create': { valid: sample.skill, invalid: { ...sample.skill, name: ' ' }, issue: 'name: must not be empty' },
  'developmentAction.create': {
    valid: sample.developmentAction,
    invalid: { ...sample.developmentAction, dueOn: '2026-02-30' },
    issue: 'dueOn: must be an ISO date (YYYY-MM-DD)',
  },
  'developmentAction.update': {
    valid: { id: ids.action, patch: { status: 'in_progress' } },
    invalid: { id: ids.action, patch: { personId: ids.manager } },
    issue: 'patch: has unknown key "personId"',
  },
  'review.save': { valid: sample.review, invalid: { ...sample.review, subjectId: null }, issue: 'subjectId: must be a UUID' },
  'review.calibrate': {
    valid: { id: ids.review, calibratedRating: null },
    invalid: { id: ids.review, calibratedRating: 4.5 },
    issue: 'calibratedRating: must be a whole number',
  },
  'review.share': { valid: { id: ids.review }, invalid: { id: null }, issue: 'id: must be a UUID' },
  'reviewTemplate.save': {
    valid: sample.reviewTemplate,
    invalid: { ...sample.reviewTemplate, questions: [...sample.reviewTemplate.questions, { key: 'helped', text: 'Again?' }] },
    issue: 'questions.1.key: appears twice',
  },
  'cadence.set': { valid: sample.cadence, invalid: { ...sample.cadence, dueWeekday: 8 }, issue: 'dueWeekday: must be at most 7' },
  'skillGap.raise': { valid: sample.skillGap, invalid: { ...sample.skillGap, source: 'hunch' }, issue: 'source: must be one of feedback, review' },
  'skillGap.setStatus': { valid: { id: ids.action, status: 'closed' }, invalid: { id: ids.action, status: 'gone' }, issue: 'status: must be one of open, closed' },
};

describe('MUTATIONS', () => {
  it('has a test case for exactly the mutation names', () => {
    expect(Object.keys(cases).sort()).toEqual([...MUTATION_NAMES].sort());
  });

  it.each(MUTATION_NAMES)('%s accepts valid args and names the field of invalid ones', (name) => {
    const { valid, invalid, issue } = cases[name];
    expect(issues(MUTATIONS[name], valid)).toEqual([]);
    expect(issues(MUTATIONS[name], invalid)).toContain(issue);
  });

  it.each(MUTATION_NAMES)('%s rejects unknown keys', (name) => {
    expect(issues(MUTATIONS[name], { ...(cases[name].valid as object), injected: true })).toEqual(['(root): has unknown key "injected"']);
  });
});
