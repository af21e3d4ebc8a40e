import { expect, it } from 'vitest';
import { DevelopmentEffect, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call as http } from '../../test/helpers/http';
import { mismatches, outcome } from '../../test/helpers/outcome';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('development loop', (ctx) => {
  it('raises skill gaps from coaching feedback or a review the raiser may see, and links actions to them', async () => {
    const org = await createOrgFixture(ctx.database);
    const { ids } = org;
    const [skill, coaching, praise, privateNote, reviewId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    await org.client('manager').pushOk([
      call('skill.create', { id: skill, name: 'De-escalation' }),
      call('feedback.create', { id: coaching, subjectId: ids.alice, kind: 'coaching', body: 'Slow down with angry callers.', visibility: 'subject', createdAt: '2026-02-01T10:00:00Z' }),
      call('feedback.create', { id: privateNote, subjectId: ids.alice, kind: 'coaching', body: 'Note to self.', visibility: 'private', createdAt: '2026-02-01T10:00:00Z' }),
    ]);
    await org.client('bob').pushOk([call('feedback.create', { id: praise, subjectId: ids.alice, kind: 'praise', body: 'Great call.', visibility: 'org', createdAt: '2026-02-01T10:00:00Z' })]);
    await org.client('director').pushOk([call('review.save', { id: reviewId, cycleId: org.cycleId, subjectId: ids.alice, kind: 'manager', status: 'submitted' })]);
    const gap = (sourceId: string, source: 'feedback' | 'review' = 'feedback', id = uuidv7()) => () =>
      call('skillGap.raise', { id, personId: ids.alice, skillId: skill, source, sourceId });
    expect(
      await mismatches(org, [
        ['manager', gap(coaching), 'applied'],
        ['alice', gap(coaching), 'applied'],
        ['vp', gap(reviewId, 'review'), 'applied'],
        ['hr', gap(coaching), 'applied'],
        ['bob', gap(coaching), 'rejected'], // not alice's coach
        ['manager', gap(praise), 'rejected'], // praise is not a gap
        ['director', gap(privateNote), 'rejected'], // the manager's private note: not the director's to see
        ['alice', gap(reviewId, 'review'), 'rejected'], // a submitted review is not yet shared with her
        ['manager', gap(reviewId), 'rejected'], // the id is a review, not feedback
      ]),
    ).toEqual([]);
    expect((await outcome(org, 'manager', gap(praise)())).reason).toBe(`sourceId: feedback ${praise} is praise, not coaching`);
    expect((await outcome(org, 'alice', gap(reviewId, 'review')())).reason).toBe(`sourceId: no review about person ${ids.alice} that you may see has id ${reviewId}`);
    const nul = call('skillGap.raise', { id: uuidv7(), personId: ids.alice, skillId: skill, source: 'feedback', sourceId: coaching, note: 'x\u0000' });
    expect((await outcome(org, 'manager', nul)).reason).toBe('args.note: must not contain the NUL character (\\u0000)');

    const gapId = uuidv7();
    await org.client('manager').pushOk([gap(coaching, 'feedback', gapId)()]);
    const action = (skillGapId: string, personId = ids.alice) => () =>
      call('developmentAction.create', { id: uuidv7(), personId, title: 'Shadow senior calls', kind: 'mentoring', skillId: skill, skillGapId });
    expect(
      await mismatches(org, [
        ['manager', action(gapId), 'applied'],
        ['manager', action(gapId, ids.bob), 'rejected'],
        ['alice', () => call('skillGap.setStatus', { id: gapId, status: 'closed' }), 'applied'],
        ['bob', () => call('skillGap.setStatus', { id: gapId, status: 'open' }), 'rejected'],
      ]),
    ).toEqual([]);
    expect((await outcome(org, 'manager', action(gapId, ids.bob)())).reason).toBe(`skillGapId: skill gap ${gapId} is person ${ids.alice}'s`);
    const seers = [];
    for (const who of ['alice', 'bob', 'manager', 'vp', 'lena', 'hr', 'dave'] as const) if ((await org.client(who).pull()).changes.skillGaps!.upserts.some((g) => g.id === gapId)) seers.push(who);
    expect(seers).toEqual(['alice', 'manager', 'vp', 'hr']);
  });

  it('compares the skill’s feedback and the goal’s KPIs before and after the action started', async () => {
    const org = await createOrgFixture(ctx.database);
    const { ids } = org;
    const app = createApp({ database: ctx.database });
    const [skill, goalId, metricId, actionId, unstarted] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const fb = (kind: 'praise' | 'coaching', createdAt: string, visibility: 'subject' | 'private' = 'subject', skillIds = [skill]) =>
      call('feedback.create', { id: uuidv7(), subjectId: ids.alice, kind, body: 'On escalations.', skillIds, visibility, createdAt });
    await org.client('manager').pushOk([
      call('skill.create', { id: skill, name: 'De-escalation' }),
      call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: ids.alice, title: 'Fewer escalations' }),
      call('metric.create', { id: metricId, goalId, name: 'Escalations', indicator: 'lagging', baseline: 20, target: 5, direction: 'decrease' }),
      call('metric.record', { id: uuidv7(), metricId, value: 18, at: '2026-02-20T00:00:00Z' }),
      call('metric.record', { id: uuidv7(), metricId, value: 12, at: '2026-03-01T00:00:00Z' }),
      call('metric.record', { id: uuidv7(), metricId, value: 9, at: '2026-04-01T00:00:00Z' }),
      fb('coaching', '2026-02-10T10:00:00Z'),
      fb('coaching', '2026-02-28T23:59:59Z'),
      fb('praise', '2026-03-01T00:00:00Z'),
      fb('praise', '2026-03-20T00:00:00Z'),
      fb('praise', '2026-03-21T00:00:00Z', 'subject', []), // another skill: not counted
      fb('coaching', '2026-03-22T00:00:00Z', 'private'), // the manager's private note
      call('developmentAction.create', { id: actionId, personId: ids.alice, title: 'Shadow senior calls', kind: 'mentoring', skillId: skill, goalId, startedOn: '2026-03-01', status: 'in_progress' }),
      call('developmentAction.create', { id: unstarted, personId: ids.alice, title: 'Course', kind: 'course' }),
    ]);
    const read = (who: 'alice' | 'bob' | 'manager', query: string) => http(app, 'GET', `/v1/development/effect?${query}`, { token: org.tokens[who] });
    const alice = DevelopmentEffect.parse((await read('alice', `actionId=${actionId}`)).body);
    expect(alice).toMatchObject({
      pivot: '2026-03-01',
      feedback: { before: { coaching: 2, praise: 0 }, after: { coaching: 0, praise: 2 } },
      kpis: [{ metric: { id: metricId }, before: 18, after: 9 }],
    });
    // The author's private note counts only for the author.
    expect(DevelopmentEffect.parse((await read('manager', `actionId=${actionId}`)).body).feedback!.after).toMatchObject({ coaching: 1, praise: 2 });
    expect((await read('bob', `actionId=${actionId}`)).status).toBe(404);
    expect((await read('alice', `actionId=${unstarted}`))).toMatchObject({ status: 409, body: { error: { code: 'not_started' } } });
    expect((await read('alice', 'actionId=nope')).body.error.issues).toEqual([{ path: 'actionId', message: 'must be a UUID' }]);
  });
});
