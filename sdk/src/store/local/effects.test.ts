import { describe, expect, it } from 'vitest';
import { MUTATIONS, checkInId, supportDecisionId, uuidv7, type MutationName } from '../../model';
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
