import { describe, expect, it } from 'vitest';
import { MUTATIONS, checkInId, supportDecisionId, uuidv7, type MutationName, type TableName } from '../../model';
import { sample } from '../../model/test-samples';
import { ADA, CYCLE_ID, TEAM_ID, goalArgs, person } from '../testing/fixtures';
import { ValidationError } from '../validation-error';
import { localEffect, type AnyRow } from './effects';

const at = '2026-05-04T10:00:00.000Z';
const ctx = { me: ADA, at };
const effectOf = <N extends MutationName>(name: N, input: unknown) => localEffect(name, MUTATIONS[name].parse(input) as never, ctx);

describe('local effects', () => {
  it('goal.create inserts a row with the org of me, version 0 and updatedAt = at', () => {
    const args = goalArgs({ title: '  Grow  ' });
    const effect = effectOf('goal.create', args);
    expect(effect).toMatchObject({ table: 'goals', rowId: args.id });
    expect(effect.next(undefined)).toMatchObject({ id: args.id, title: 'Grow', orgId: ADA.orgId, version: 0, updatedAt: at, weight: 1 });
    expect(() => effect.next({ id: args.id })).toThrow(ValidationError);
  });

  it('goal.update merges the patch and checks the merged row, naming the patch field', () => {
    const goal = effectOf('goal.create', goalArgs()).next(undefined)!;
    const patched = effectOf('goal.update', { id: goal.id, patch: { title: 'Renamed' } }).next(goal);
    expect(patched).toEqual({ ...goal, title: 'Renamed', updatedAt: at });

    const toTeamVisibility = effectOf('goal.update', { id: goal.id, patch: { visibility: 'team' } });
    expect(() => toTeamVisibility.next(goal)).toThrow(expect.objectContaining({ issues: [{ path: 'patch.teamId', message: 'is required when visibility is team' }] }));
    expect(() => effectOf('goal.update', { id: goal.id, patch: {} }).next(undefined)).toThrow(/no such row in goals/);
  });

  it('feedback.create sets the author to me and enforces self feedback rules on the row', () => {
    const base = { id: uuidv7(), kind: 'praise', body: 'Great call', createdAt: at };
    const other = person('Bo');
    expect(effectOf('feedback.create', { ...base, subjectId: other.id }).next(undefined)).toMatchObject({ authorId: ADA.id, subjectId: other.id });
    expect(() => effectOf('feedback.create', { ...base, kind: 'self', subjectId: other.id }).next(undefined)).toThrow(
      expect.objectContaining({ issues: [{ path: 'subjectId', message: 'must be the author for self feedback' }] }),
    );
  });

  it('checkin.submit upserts the one row of the person and week', () => {
    const id = checkInId(ADA.id, '2026-W19');
    const args = { id, personId: ADA.id, week: '2026-W19', goals: [], submittedAt: at };
    const first = effectOf('checkin.submit', args).next(undefined)!;
    const second = effectOf('checkin.submit', { ...args, barriers: 'on call' }).next(first);
    expect(second).toMatchObject({ id, barriers: 'on call', version: 0 });
  });

  it('metric.record inserts a value recorded by me; deletes remove rows that exist', () => {
    const value = effectOf('metric.record', { id: uuidv7(), metricId: uuidv7(), value: 3, at }).next(undefined);
    expect(value).toMatchObject({ recordedBy: ADA.id, context: null, value: 3 });
    const row: AnyRow = { id: uuidv7() };
    expect(effectOf('goal.delete', { id: row.id }).next(row)).toBeNull();
    expect(() => effectOf('feedback.delete', { id: row.id }).next(undefined)).toThrow(ValidationError);
  });

  it('review.save keeps the reviewer and calibration of an existing review; decline records the reason', () => {
    const args = { id: uuidv7(), cycleId: CYCLE_ID, subjectId: person('Bo').id, kind: 'manager' };
    const saved = effectOf('review.save', args).next({ id: args.id, reviewerId: TEAM_ID, calibratedRating: 4 });
    expect(saved).toMatchObject({ reviewerId: TEAM_ID, calibratedRating: 4, status: 'draft' });
    const request = effectOf('feedbackRequest.create', { id: uuidv7(), recipientId: ADA.id, subjectId: ADA.id, prompt: 'How did I do?' }).next(undefined)!;
    expect(request).toMatchObject({ requesterId: ADA.id, status: 'open', feedbackId: null });
    expect(effectOf('feedbackRequest.decline', { id: request.id, reason: 'Too busy' }).next(request)).toMatchObject({
      status: 'declined',
      declineReason: 'Too busy',
    });
  });

  it('support.decide, cancel, share and skill gaps act like the server: decider and raiser are me, states move', () => {
    const checkIn = checkInId(ADA.id, '2026-W18');
    const decide = (decision: string) =>
      effectOf('support.decide', { id: supportDecisionId(checkIn), checkInId: checkIn, personId: ADA.id, decision, decidedAt: at });
    const first = decide('will_help').next(undefined)!;
    expect(first).toMatchObject({ decidedBy: ADA.id, decision: 'will_help', orgId: ADA.orgId });
    expect(decide('resolved').next(first)).toMatchObject({ id: first.id, decision: 'resolved', decidedBy: ADA.id });
    const request = effectOf('feedbackRequest.create', { id: uuidv7(), recipientId: ADA.id, subjectId: ADA.id, prompt: 'How did I do?' }).next(undefined)!;
    expect(effectOf('feedbackRequest.cancel', { id: request.id }).next(request)).toMatchObject({ status: 'cancelled' });
    const review = effectOf('review.save', { id: uuidv7(), cycleId: CYCLE_ID, subjectId: person('Bo').id, kind: 'manager', status: 'submitted' }).next(undefined)!;
    expect(effectOf('review.share', { id: review.id }).next(review)).toMatchObject({ status: 'shared', answers: [] });
    const gap = effectOf('skillGap.raise', { id: uuidv7(), personId: ADA.id, skillId: uuidv7(), source: 'review', sourceId: review.id }).next(undefined)!;
    expect(gap).toMatchObject({ raisedBy: ADA.id, status: 'open' });
    expect(effectOf('skillGap.setStatus', { id: gap.id, status: 'closed' }).next(gap)).toMatchObject({ status: 'closed' });
  });
});

describe('which row each mutation touches', () => {
  const creates: Array<[MutationName, { id: string }, TableName]> = [
    ['cycle.create', sample.cycle, 'cycles'],
    ['team.create', sample.team, 'teams'],
    ['goal.create', sample.goal, 'goals'],
    ['metric.create', sample.metric, 'metrics'],
    ['skill.create', sample.skill, 'skills'],
    ['developmentAction.create', sample.developmentAction, 'developmentActions'],
  ];

  it.each(creates)('%s inserts the args as a new %s row, and refuses an id that exists', (name, args, table) => {
    const effect = effectOf(name, args);
    expect(effect).toMatchObject({ table, rowId: args.id });
    expect(effect.next(undefined)).toMatchObject({ ...args, orgId: ADA.orgId, version: 0, updatedAt: at });
    expect(() => effect.next({ id: args.id })).toThrow(expect.objectContaining({ issues: [{ path: 'id', message: `already exists in ${table}` }] }));
  });

  const changes: Array<[MutationName, { id: string }, TableName, MutationName, object, object]> = [
    ['metric.update', sample.metric, 'metrics', 'metric.create', { target: 10 }, { target: 10 }],
    ['developmentAction.update', sample.developmentAction, 'developmentActions', 'developmentAction.create', { title: 'Lead a retro' }, { title: 'Lead a retro' }],
  ];

  it.each(changes)('%s patches the existing %s row, and refuses one that does not exist', (name, created, table, createName, patch, expected) => {
    const current = effectOf(createName, created).next(undefined)!;
    const effect = effectOf(name, { id: created.id, patch });
    expect(effect).toMatchObject({ table, rowId: created.id });
    expect(effect.next(current)).toEqual({ ...current, ...expected, updatedAt: at });
    expect(() => effect.next(undefined)).toThrow(expect.objectContaining({ issues: [{ path: 'id', message: `no such row in ${table}` }] }));
  });

  it.each([
    ['goal.delete', 'goals'],
    ['feedback.delete', 'feedback'],
  ] as const)('%s removes the %s row', (name, table) => {
    const id = uuidv7();
    expect(effectOf(name, { id })).toMatchObject({ table, rowId: id });
  });

  it('review.save makes me the reviewer of a new review, uncalibrated; review.calibrate sets the rating', () => {
    const saved = effectOf('review.save', sample.review);
    expect(saved).toMatchObject({ table: 'reviews', rowId: sample.review.id });
    const review = saved.next(undefined)!;
    expect(review).toMatchObject({ reviewerId: ADA.id, calibratedRating: null });
    const calibrate = effectOf('review.calibrate', { id: review.id, calibratedRating: 3 });
    expect(calibrate).toMatchObject({ table: 'reviews', rowId: review.id });
    expect(calibrate.next(review)).toEqual({ ...review, calibratedRating: 3, updatedAt: at });
  });

  it('feedbackRequest.create and decline touch the request row; checkin.submit the check-in row', () => {
    const request = effectOf('feedbackRequest.create', sample.feedbackRequest);
    expect(request).toMatchObject({ table: 'feedbackRequests', rowId: sample.feedbackRequest.id });
    expect(effectOf('feedbackRequest.decline', { id: sample.feedbackRequest.id, reason: 'Busy' })).toMatchObject({ table: 'feedbackRequests' });
    expect(effectOf('metric.record', sample.metricValue)).toMatchObject({ table: 'metricValues', rowId: sample.metricValue.id });
    expect(effectOf('checkin.submit', sample.checkIn)).toMatchObject({ table: 'checkIns', rowId: sample.checkIn.id });
    expect(effectOf('feedback.create', sample.feedback)).toMatchObject({ table: 'feedback', rowId: sample.feedback.id });
  });
});
