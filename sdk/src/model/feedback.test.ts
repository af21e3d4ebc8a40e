import { describe, expect, it } from 'vitest';
import { Feedback, FeedbackFields, FeedbackRequest, FeedbackRequestFields } from './feedback';
import { ids, issues, sample, serverFields } from './test-samples';

describe('FeedbackFields', () => {
  it('accepts praise and fills defaults', () => {
    expect(FeedbackFields.parse(sample.feedback)).toEqual({ ...sample.feedback, goalId: null, context: null, requestId: null });
  });

  it('defaults to subject visibility and no skills', () => {
    const { visibility: _, skillIds: __, ...rest } = sample.feedback;
    expect(FeedbackFields.parse(rest)).toMatchObject({ visibility: 'subject', skillIds: [] });
  });

  it.each([
    ['an unknown kind', { kind: 'criticism' }, ['kind: must be one of praise, coaching, observation, self']],
    ['an unknown visibility', { visibility: 'team' }, ['visibility: must be one of private, manager, subject, org']],
    ['a blank body', { body: '   ' }, ['body: must not be empty']],
    ['an over-long body', { body: 'x'.repeat(5001) }, ['body: must be at most 5000 characters']],
    ['more than ten skills', { skillIds: Array(11).fill(ids.skill) }, ['skillIds: must have at most 10 items']],
    ['a bad skill id', { skillIds: ['empathy'] }, ['skillIds.0: must be a UUID']],
    ['a context from an unknown tool', { context: { ...sample.context, tool: 'teams' } }, ['context.tool: must be one of zendesk, freshdesk, jira, intercom, salesforce, hubspot, pipedrive, confluence, sharepoint, notion, web, api']],
    ['a client-sent authorId', { authorId: ids.manager }, ['(root): has unknown key "authorId"']],
    ['a date-only createdAt', { createdAt: '2026-05-02' }, ['createdAt: must be an ISO 8601 date-time']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(FeedbackFields, { ...sample.feedback, ...change })).toEqual(expected);
  });
});

describe('Feedback (stored row)', () => {
  const row = { ...sample.feedback, ...serverFields, authorId: ids.manager };

  it('accepts feedback about someone else', () => {
    expect(Feedback.parse(row).authorId).toBe(ids.manager);
  });

  it('requires self feedback to be about the author, at subjectId', () => {
    expect(issues(Feedback, { ...row, kind: 'self' })).toEqual(['subjectId: must be the author for self feedback']);
    expect(issues(Feedback, { ...row, kind: 'self', subjectId: ids.manager })).toEqual([]);
  });
});

describe('FeedbackRequest', () => {
  it('accepts a request and defaults the due date', () => {
    expect(FeedbackRequestFields.parse(sample.feedbackRequest)).toEqual({ ...sample.feedbackRequest, dueOn: null });
  });

  it.each([
    ['a blank prompt', { prompt: '' }, ['prompt: must not be empty']],
    ['an over-long prompt', { prompt: 'x'.repeat(2001) }, ['prompt: must be at most 2000 characters']],
    ['a missing recipient', { recipientId: undefined }, ['recipientId: must be a UUID']],
    ['a client-sent status', { status: 'answered' }, ['(root): has unknown key "status"']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(FeedbackRequestFields, { ...sample.feedbackRequest, ...change })).toEqual(expected);
  });

  it('stores status, answer and decline reason server-side', () => {
    const row = { ...sample.feedbackRequest, ...serverFields, requesterId: ids.person, feedbackId: null };
    expect(FeedbackRequest.parse({ ...row, status: 'declined', declineReason: ' ' })).toMatchObject({ status: 'declined', declineReason: null });
    expect(issues(FeedbackRequest, { ...row, status: 'closed' })).toEqual(['status: must be one of open, answered, declined, cancelled']);
  });
});
