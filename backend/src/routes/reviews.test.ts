import { expect, it } from 'vitest';
import { Calibration, DEFAULT_REVIEW_QUESTIONS, ReviewEvidence, checkInId, reviewTemplateId, supportDecisionId, uuidv7, type MutationInput } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture, type OrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { call as http } from '../../test/helpers/http';
import { mismatches, outcome } from '../../test/helpers/outcome';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('reviews', (ctx) => {
  const review = (org: OrgFixture, kind: 'self' | 'manager' | 'peer', subject: PersonName, extra: Partial<MutationInput<'review.save'>> = {}) =>
    call('review.save', { id: uuidv7(), cycleId: org.cycleId, subjectId: org.ids[subject], kind, rating: 4, ...extra });

  it('move draft -> submitted -> shared, each step by the right people, and show each state to the right people', async () => {
    const org = await createOrgFixture(ctx.database);
    const id = uuidv7();
    const save = (status: 'draft' | 'submitted' | 'shared', summary = 'Calm under pressure') => () => review(org, 'manager', 'alice', { id, status, summary });
    const share = () => call('review.share', { id });
    const seers = async () => {
      const who: PersonName[] = [];
      for (const p of PEOPLE) if ((await org.client(p).pull()).changes.reviews!.upserts.some((r) => r.id === id)) who.push(p);
      return who.sort();
    };
    expect(await mismatches(org, [['director', save('shared'), 'rejected'], ['director', save('draft'), 'applied'], ['manager', share, 'rejected']])).toEqual([]);
    expect(await seers()).toEqual(['director']);
    expect(await mismatches(org, [['director', save('draft', 'Calm, and clear'), 'applied'], ['director', save('submitted'), 'applied']])).toEqual([]);
    expect(await seers()).toEqual(['admin', 'director', 'hr', 'manager', 'vp']);
    expect(
      await mismatches(org, [
        ['director', save('submitted', 'Changed my mind'), 'rejected'], // submitted is final
        ['alice', share, 'rejected'],
        ['bob', share, 'rejected'],
        ['lena', share, 'rejected'],
        ['manager', share, 'applied'],
        ['hr', share, 'rejected'], // already shared
      ]),
    ).toEqual([]);
    expect(await seers()).toEqual(['admin', 'alice', 'director', 'hr', 'manager', 'vp']);
    expect((await outcome(org, 'director', save('submitted', 'again')())).reason).toBe(`status: review ${id} is already shared and can no longer be edited`);
  });

  it('answer the cycle’s template questions, the future-focused defaults until people admins set their own', async () => {
    const org = await createOrgFixture(ctx.database);
    const answers = (...keys: string[]) => keys.map((key) => ({ key, answer: `About ${key}` }));
    expect(DEFAULT_REVIEW_QUESTIONS.map((q) => q.key)).toEqual(['patterns', 'helped', 'support_next', 'capability']);
    expect((await outcome(org, 'alice', review(org, 'self', 'alice', { answers: answers('patterns', 'capability') }))).status).toBe('applied');
    expect((await outcome(org, 'alice', review(org, 'self', 'alice', { answers: answers('strengths') }))).reason).toBe(
      `answers.0.key: "strengths" is not a question of the self review template of cycle ${org.cycleId}`,
    );
    expect((await outcome(org, 'alice', review(org, 'self', 'alice', { answers: answers('helped', 'helped') }))).reason).toBe('answers.1.key: "helped" is answered twice');
    const template = { id: reviewTemplateId(org.cycleId, 'peer'), cycleId: org.cycleId, kind: 'peer' as const, questions: [{ key: 'strengths', text: 'What should Alice keep doing?' }] };
    expect(
      await mismatches(org, [
        ['manager', () => call('reviewTemplate.save', template), 'rejected'],
        ['alice', () => call('reviewTemplate.save', template), 'rejected'],
        ['hr', () => call('reviewTemplate.save', template), 'applied'],
        ['admin', () => call('reviewTemplate.save', template), 'applied'],
        ['bob', () => review(org, 'peer', 'alice', { answers: answers('strengths') }), 'applied'],
        ['bob', () => review(org, 'peer', 'alice', { answers: answers('patterns') }), 'rejected'],
      ]),
    ).toEqual([]);
    const bad = await outcome(org, 'hr', call('reviewTemplate.save', { ...template, id: reviewTemplateId(org.cycleId, 'self') }));
    expect(bad.reason).toBe('args.id: must be reviewTemplateId(cycleId, kind): one template per cycle and kind');
    const nul = await outcome(org, 'hr', call('reviewTemplate.save', { ...template, questions: [{ key: 'strengths', text: 'Keep\u0000' }] }));
    expect(nul.reason).toBe('args.questions.0.text: must not contain the NUL character (\\u0000)');
    expect((await outcome(org, 'alice', review(org, 'self', 'alice', { answers: [{ key: 'patterns', answer: 'x\u0000' }] }))).reason).toBe(
      'args.answers.0.answer: must not contain the NUL character (\\u0000)',
    );
    // Everyone gets the templates, to render the questions offline.
    expect((await org.client('dave').pull()).changes.reviewTemplates!.upserts).toEqual([expect.objectContaining({ id: template.id })]);
  });

  it('pre-fill the period’s evidence: goal progress, barriers with the support decided, feedback with its record', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database, clock: () => new Date('2026-12-01T00:00:00Z') });
    const { ids } = org;
    const [goalId, privateGoal, metricId] = [uuidv7(), uuidv7(), uuidv7()];
    const week = '2026-W10';
    const checkIn = checkInId(ids.alice, week);
    const deal = { tool: 'hubspot' as const, recordType: 'deal', recordId: '981', url: 'https://crm.example/deals/981', title: 'Bluebird renewal' };
    const [inPeriod, orgPraise, afterPeriod] = [uuidv7(), uuidv7(), uuidv7()];
    await org.client('alice').pushOk([
      call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: ids.alice, title: 'Renewals', visibility: 'org' }),
      call('goal.create', { id: privateGoal, cycleId: org.cycleId, level: 'person', ownerId: ids.alice, title: 'Private', visibility: 'private' }),
      call('metric.create', { id: metricId, goalId, name: 'Renewed', indicator: 'lagging', baseline: 0, target: 10, direction: 'increase' }),
      call('metric.record', { id: uuidv7(), metricId, value: 5, at: '2026-03-01T00:00:00Z' }),
      call('metric.record', { id: uuidv7(), metricId, value: 9, at: '2026-08-01T00:00:00Z' }), // after the cycle
      call('checkin.submit', { id: checkIn, personId: ids.alice, week, goals: [], barriers: 'No legal review slot', submittedAt: '2026-03-06T16:00:00Z' }),
      call('checkin.submit', { id: checkInId(ids.alice, '2026-W11'), personId: ids.alice, week: '2026-W11', goals: [], submittedAt: '2026-03-13T16:00:00Z' }),
    ]);
    await org.client('manager').pushOk([
      call('support.decide', { id: supportDecisionId(checkIn), checkInId: checkIn, personId: ids.alice, decision: 'escalated', decidedAt: '2026-03-07T09:00:00Z' }),
      call('feedback.create', { id: inPeriod, subjectId: ids.alice, kind: 'coaching', body: 'Ask for the budget owner earlier.', visibility: 'manager', context: deal, createdAt: '2026-06-30T22:00:00Z' }),
      call('feedback.create', { id: afterPeriod, subjectId: ids.alice, kind: 'praise', body: 'Later.', visibility: 'org', createdAt: '2026-07-01T00:00:00Z' }),
    ]);
    await org.client('bob').pushOk([call('feedback.create', { id: orgPraise, subjectId: ids.alice, kind: 'praise', body: 'Great demo.', visibility: 'org', createdAt: '2026-02-01T10:00:00Z' })]);

    const evidenceFor = async (who: PersonName) => {
      const res = await http(app, 'GET', `/v1/reviews/evidence?subjectId=${ids.alice}&cycleId=${org.cycleId}`, { token: org.tokens[who] });
      expect(res.status).toBe(200);
      return ReviewEvidence.parse(res.body);
    };
    const director = await evidenceFor('director');
    expect(director).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    expect(director.goals.map((g) => [g.goal.id, g.progress, g.metrics.map((m) => m.current)])).toEqual([
      [goalId, 0.5, [5]],
      [privateGoal, null, []],
    ]);
    expect(director.checkIns).toEqual([expect.objectContaining({ checkIn: expect.objectContaining({ id: checkIn }), supportDecision: expect.objectContaining({ decision: 'escalated' }) })]);
    expect(director.feedback.map((f) => [f.id, f.context?.url ?? null])).toEqual([
      [orgPraise, null],
      [inPeriod, deal.url],
    ]);
    // A peer sees only what is visible to them: the org goal and org feedback, no check-ins.
    const bob = await evidenceFor('bob');
    expect(bob.goals.map((g) => g.goal.id)).toEqual([goalId]);
    expect(bob.checkIns).toEqual([]);
    expect(bob.feedback.map((f) => f.id)).toEqual([orgPraise]);

    const bad = await http(app, 'GET', `/v1/reviews/evidence?subjectId=alice&cycleId=${org.cycleId}`, { token: org.tokens.director });
    expect(bad).toMatchObject({ status: 422, body: { error: { issues: [{ path: 'subjectId', message: 'must be a UUID' }] } } });
    expect((await http(app, 'GET', `/v1/reviews/evidence?subjectId=${ids.alice}`, { token: org.tokens.director })).body.error.issues).toEqual([{ path: 'cycleId', message: 'must be a UUID' }]);
    expect((await http(app, 'GET', `/v1/reviews/evidence?subjectId=${ids.alice}&cycleId=${uuidv7()}`, { token: org.tokens.director })).status).toBe(404);
    expect((await http(app, 'GET', `/v1/reviews/evidence?subjectId=${ids.alice}%00&cycleId=${org.cycleId}`, { token: org.tokens.director })).status).toBe(400);
  });

  it('calibrate: ratings per reviewer against the org, for people admins only', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    await org.client('director').pushOk([review(org, 'manager', 'alice', { rating: 5, status: 'submitted' }), review(org, 'manager', 'bob', { rating: 5, status: 'submitted' })]);
    await org.client('manager').pushOk([review(org, 'manager', 'alice', { rating: 2, status: 'submitted' }), review(org, 'manager', 'bob', { rating: 3, status: 'draft' })]);
    await org.client('alice').pushOk([review(org, 'self', 'alice', { rating: 1, status: 'submitted' }), review(org, 'peer', 'bob', { rating: 5, status: 'submitted' })]);
    const read = (who: PersonName, query = `cycleId=${org.cycleId}`) => http(app, 'GET', `/v1/reviews/calibration?${query}`, { token: org.tokens[who] });
    const body = Calibration.parse((await read('hr')).body);
    expect(body.org).toEqual({ count: 4, mean: 17 / 4, calibratedMean: null, distribution: [0, 1, 0, 0, 3] });
    expect(body.reviewers.find((r) => r.reviewerId === org.ids.director)).toMatchObject({ count: 2, mean: 5, offset: 5 - 17 / 4 });
    expect(body.reviewers.find((r) => r.reviewerId === org.ids.manager)).toMatchObject({ count: 1, mean: 2, offset: 2 - 17 / 4 });
    expect(body.reviewers).toHaveLength(3);
    for (const who of ['vp', 'manager', 'alice'] as const) expect((await read(who)).status).toBe(403);
    expect((await read('admin')).status).toBe(200);
    expect((await read('hr', 'cycleId=q1')).status).toBe(422);
  });
});
