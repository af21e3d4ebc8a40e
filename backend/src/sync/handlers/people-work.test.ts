import { expect, it } from 'vitest';
import { checkInId, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../../test/helpers/org-fixture';
import { mismatches, outcome } from '../../../test/helpers/outcome';
import { call } from '../../../test/helpers/sync-client';
import { describeStorage } from '../../../test/helpers/storage';

describeStorage('metric, check-in and growth handlers', (ctx) => {
  it('let owners, team members, goal editors and integration keys record metric values', async () => {
    const org = await createOrgFixture(ctx.database);
    const [aliceGoal, teamGoal, aliceMetric, teamMetric] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const metric = { name: 'Solved', indicator: 'lagging' as const, baseline: 0, target: 100, direction: 'increase' as const };
    await org.client('alice').pushOk([
      call('goal.create', { id: aliceGoal, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Solve more' }),
      call('metric.create', { ...metric, id: aliceMetric, goalId: aliceGoal }),
    ]);
    await org.client('manager').pushOk([
      call('goal.create', { id: teamGoal, cycleId: org.cycleId, level: 'team', teamId: org.teams.support, title: 'Team solves more' }),
      call('metric.create', { ...metric, id: teamMetric, goalId: teamGoal }),
    ]);
    const record = (metricId: string) => () => call('metric.record', { id: uuidv7(), metricId, value: 5, at: '2026-02-01T00:00:00Z' });
    expect(
      await mismatches(org, [
        ['alice', record(aliceMetric), 'applied'],
        ['manager', record(aliceMetric), 'applied'],
        ['integration', record(aliceMetric), 'applied'],
        ['bob', record(aliceMetric), 'rejected'],
        ['dave', record(aliceMetric), 'rejected'],
        ['bob', record(teamMetric), 'applied'],
        ['dave', record(teamMetric), 'rejected'],
        ['alice', () => call('metric.create', { ...metric, id: uuidv7(), goalId: teamGoal }), 'rejected'],
      ]),
    ).toEqual([]);
    const byKey = await ctx.database.db.selectFrom('metricValues').select('recordedBy').where('recordedBy', 'is', null).execute();
    expect(byKey).toHaveLength(1);
  });

  it('take check-ins only from their own person, converging on one row per week', async () => {
    const org = await createOrgFixture(ctx.database);
    const week = '2026-W07';
    const checkIn = (barriers: string) =>
      call('checkin.submit', { id: checkInId(org.ids.alice, week), personId: org.ids.alice, week, goals: [], barriers, submittedAt: '2026-02-13T16:00:00Z' });
    await org.client('alice').pushOk([checkIn('laptop broke')]);
    await org.client('alice').pushOk([checkIn('waiting on legal')]);
    expect((await outcome(org, 'bob', checkIn('not mine'))).reason).toBe('personId: you may only submit your own check-in');
    const rows = await ctx.database.db.selectFrom('checkIns').select('barriers').where('personId', '=', org.ids.alice).execute();
    expect(rows).toEqual([{ barriers: 'waiting on legal' }]);
  });

  it('keep feedback authored by the principal, about active people, deletable only by the author', async () => {
    const org = await createOrgFixture(ctx.database);
    const feedback = (subjectId: string, kind: 'praise' | 'self' = 'praise', id = uuidv7()) =>
      call('feedback.create', { id, subjectId, kind, body: 'Great call', createdAt: '2026-02-02T10:00:00Z' });
    const id = uuidv7();
    await org.client('alice').pushOk([feedback(org.ids.bob, 'praise', id)]);
    const stored = await ctx.database.db.selectFrom('feedback').select('authorId').where('id', '=', id).executeTakeFirst();
    expect(stored).toEqual({ authorId: org.ids.alice });
    expect(
      await mismatches(org, [
        ['alice', () => feedback(org.ids.bob, 'self'), 'rejected'],
        ['alice', () => feedback(org.ids.alice, 'self'), 'applied'],
        ['alice', () => feedback(uuidv7()), 'rejected'],
        ['bob', () => call('feedback.delete', { id }), 'rejected'],
        ['alice', () => call('feedback.delete', { id }), 'applied'],
      ]),
    ).toEqual([]);
    const requestId = uuidv7();
    await org.client('bob').pushOk([call('feedbackRequest.create', { id: requestId, recipientId: org.ids.dave, subjectId: org.ids.bob, prompt: 'My demo?' })]);
    expect(await mismatches(org, [
      ['alice', () => call('feedbackRequest.decline', { id: requestId, reason: 'not me' }), 'rejected'],
      ['dave', () => call('feedbackRequest.decline', { id: requestId, reason: 'did not attend' }), 'applied'],
      ['dave', () => call('feedbackRequest.decline', { id: requestId }), 'rejected'],
    ])).toEqual([]);
  });

  it('guard skills, development actions, cycles and teams by role and manager chain', async () => {
    const org = await createOrgFixture(ctx.database);
    const skill = () => call('skill.create', { id: uuidv7(), name: `De-escalation ${uuidv7().slice(-6)}` });
    const action = () => call('developmentAction.create', { id: uuidv7(), personId: org.ids.alice, title: 'Shadow a senior agent' });
    const cycle = () => call('cycle.create', { id: uuidv7(), name: 'Q3', kind: 'quarter', startsOn: '2026-07-01', endsOn: '2026-09-30' });
    const team = () => call('team.create', { id: uuidv7(), name: 'Tier 2', parentTeamId: org.teams.support, leadId: org.ids.manager });
    expect(
      await mismatches(org, [
        ['alice', skill, 'rejected'],
        ['manager', skill, 'applied'],
        ['hr', skill, 'applied'],
        ['alice', action, 'applied'],
        ['director', action, 'applied'],
        ['bob', action, 'rejected'],
        ['hr', action, 'rejected'],
        ['manager', cycle, 'rejected'],
        ['admin', cycle, 'applied'],
        ['director', team, 'rejected'],
        ['hr', team, 'applied'],
      ]),
    ).toEqual([]);
  });

  it('let reviews be written by their reviewer, move only forward, and be calibrated by people admins', async () => {
    const org = await createOrgFixture(ctx.database);
    const review = (kind: 'self' | 'manager' | 'peer', subject: string, status: 'draft' | 'submitted' | 'shared', id = uuidv7()) =>
      call('review.save', { id, cycleId: org.cycleId, subjectId: subject, kind, status, rating: 4 });
    const managerReview = uuidv7();
    expect(
      await mismatches(org, [
        ['alice', () => review('self', org.ids.alice, 'draft'), 'applied'],
        ['alice', () => review('self', org.ids.bob, 'draft'), 'rejected'],
        ['bob', () => review('manager', org.ids.alice, 'draft'), 'rejected'],
        ['bob', () => review('peer', org.ids.alice, 'submitted'), 'applied'],
        ['director', () => review('manager', org.ids.alice, 'draft', managerReview), 'applied'],
        ['hr', () => call('review.calibrate', { id: managerReview, calibratedRating: 3 }), 'rejected'],
        ['director', () => review('manager', org.ids.alice, 'submitted', managerReview), 'applied'],
        ['manager', () => review('manager', org.ids.alice, 'shared', managerReview), 'rejected'],
        ['director', () => review('manager', org.ids.alice, 'draft', managerReview), 'rejected'],
        ['alice', () => call('review.calibrate', { id: managerReview, calibratedRating: 5 }), 'rejected'],
        ['hr', () => call('review.calibrate', { id: managerReview, calibratedRating: 3 }), 'applied'],
      ]),
    ).toEqual([]);
    const stored = await ctx.database.db.selectFrom('reviews').select(['reviewerId', 'calibratedRating', 'status']).where('id', '=', managerReview).executeTakeFirst();
    expect(stored).toEqual({ reviewerId: org.ids.director, calibratedRating: 3, status: 'submitted' });
  });
});
