import { expect, it } from 'vitest';
import { FeedbackInbox, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture, type OrgFixture } from '../../../test/helpers/org-fixture';
import { call as http } from '../../../test/helpers/http';
import { mismatches, outcome } from '../../../test/helpers/outcome';
import { call } from '../../../test/helpers/sync-client';
import { describeStorage } from '../../../test/helpers/storage';
import { createApp } from '../../app';

describeStorage('feedback requests', (ctx) => {
  const ask = (org: OrgFixture, recipient: string, subject: string, extra: { id?: string; dueOn?: string } = {}) =>
    call('feedbackRequest.create', { id: extra.id ?? uuidv7(), recipientId: recipient, subjectId: subject, prompt: 'How did the escalation go?', dueOn: extra.dueOn ?? null });
  const answer = (subjectId: string, requestId: string, visibility: 'private' | 'manager' | 'subject' | 'org', id = uuidv7()) =>
    call('feedback.create', { id, subjectId, requestId, kind: 'coaching', body: 'Name the next step sooner.', visibility, createdAt: '2026-03-02T10:00:00Z' });

  it('may be about yourself, or asked by the subject’s manager chain and people admins', async () => {
    const org = await createOrgFixture(ctx.database);
    const { ids } = org;
    expect(
      await mismatches(org, [
        ['alice', () => ask(org, ids.bob, ids.alice), 'applied'],
        ['alice', () => ask(org, ids.dave, ids.bob), 'rejected'], // a peer canvassing about a peer
        ['manager', () => ask(org, ids.bob, ids.alice), 'applied'],
        ['vp', () => ask(org, ids.dave, ids.alice), 'applied'],
        ['lena', () => ask(org, ids.bob, ids.alice), 'rejected'],
        ['hr', () => ask(org, ids.bob, ids.alice), 'applied'],
        ['alice', () => ask(org, ids.alice, ids.alice), 'rejected'],
        ['alice', () => ask(org, uuidv7(), ids.alice), 'rejected'],
        ['integration', () => ask(org, ids.bob, ids.bob), 'rejected'],
      ]),
    ).toEqual([]);
    expect((await outcome(org, 'alice', ask(org, ids.dave, ids.bob))).reason).toBe(
      `subjectId: you may ask for feedback about yourself or the people you manage, not person ${ids.bob}`,
    );
    const nul = call('feedbackRequest.create', { id: uuidv7(), recipientId: ids.bob, subjectId: ids.alice, prompt: 'How\u0000?' });
    expect((await outcome(org, 'alice', nul)).reason).toBe('args.prompt: must not contain the NUL character (\\u0000)');
    const late = call('feedbackRequest.create', { id: uuidv7(), recipientId: ids.bob, subjectId: ids.alice, prompt: 'How?', dueOn: '2026-02-30' });
    expect((await outcome(org, 'alice', late)).reason).toBe('args.dueOn: must be an ISO date (YYYY-MM-DD)');
  });

  it('are answered by feedback the requester can read, which closes the request', async () => {
    const org = await createOrgFixture(ctx.database);
    const { ids } = org;
    const [mine, managers] = [uuidv7(), uuidv7()];
    await org.client('alice').pushOk([ask(org, ids.bob, ids.alice, { id: mine })]);
    await org.client('manager').pushOk([ask(org, ids.dave, ids.alice, { id: managers })]);
    // alice asked about herself: an answer only her managers see would not reach her.
    expect((await outcome(org, 'bob', answer(ids.alice, mine, 'manager'))).reason).toBe(
      `visibility: person ${ids.alice} asked for this feedback in request ${mine} and could not read it; choose a wider visibility`,
    );
    expect((await outcome(org, 'bob', answer(ids.alice, mine, 'private'))).status).toBe('rejected');
    const feedbackId = uuidv7();
    await org.client('bob').pushOk([answer(ids.alice, mine, 'subject', feedbackId)]);
    // alice's manager asked: manager-only visibility reaches them.
    await org.client('dave').pushOk([answer(ids.alice, managers, 'manager')]);
    const requests = await ctx.database.db.selectFrom('feedbackRequests').select(['id', 'status', 'feedbackId']).where('id', 'in', [mine, managers]).orderBy('id').execute();
    expect(requests).toEqual([
      { id: mine, status: 'answered', feedbackId },
      { id: managers, status: 'answered', feedbackId: expect.any(String) },
    ]);
    expect((await outcome(org, 'bob', answer(ids.alice, mine, 'subject'))).reason).toBe(`requestId: request ${mine} is already answered`);
  });

  it('can be cancelled by the requester while open', async () => {
    const org = await createOrgFixture(ctx.database);
    const id = uuidv7();
    await org.client('alice').pushOk([ask(org, org.ids.bob, org.ids.alice, { id })]);
    expect(
      await mismatches(org, [
        ['bob', () => call('feedbackRequest.cancel', { id }), 'rejected'],
        ['manager', () => call('feedbackRequest.cancel', { id }), 'rejected'],
        ['alice', () => call('feedbackRequest.cancel', { id }), 'applied'],
        ['alice', () => call('feedbackRequest.cancel', { id }), 'rejected'],
        ['bob', () => answer(org.ids.alice, id, 'subject'), 'rejected'],
      ]),
    ).toEqual([]);
    expect((await outcome(org, 'bob', answer(org.ids.alice, id, 'subject'))).reason).toBe(`requestId: request ${id} is already cancelled`);
  });

  it('fill the inbox of the asked, soonest due first, overdue by their own calendar', async () => {
    const org = await createOrgFixture(ctx.database);
    const { ids } = org;
    // 23:30 UTC on 2026-03-01 is already 2026-03-02 in Berlin and still 2026-03-01 in UTC.
    const app = createApp({ database: ctx.database, clock: () => new Date('2026-03-01T23:30:00Z') });
    await ctx.database.db.updateTable('persons').set({ timezone: 'Europe/Berlin' }).where('orgId', '=', org.orgId).where('id', '=', ids.bob).execute();
    const [due1, due2, undated, answered] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    await org.client('alice').pushOk([
      ask(org, ids.bob, ids.alice, { id: undated }),
      ask(org, ids.bob, ids.alice, { id: due2, dueOn: '2026-03-05' }),
      ask(org, ids.bob, ids.alice, { id: due1, dueOn: '2026-03-01' }),
      ask(org, ids.dave, ids.alice, { id: uuidv7(), dueOn: '2026-03-01' }),
      ask(org, ids.bob, ids.alice, { id: answered }),
    ]);
    await org.client('bob').pushOk([answer(ids.alice, answered, 'subject')]);
    const inbox = await http(app, 'GET', '/v1/requests/inbox', { token: org.tokens.bob });
    expect(inbox.status).toBe(200);
    const body = FeedbackInbox.parse(inbox.body);
    expect(body.today).toBe('2026-03-02');
    expect(body.requests.map((r) => [r.id, r.overdue])).toEqual([
      [due1, true],
      [due2, false],
      [undated, false],
    ]);
    await org.client('alice').pushOk([ask(org, ids.manager, ids.alice, { id: uuidv7(), dueOn: '2026-03-01' })]);
    const managerInbox = FeedbackInbox.parse((await http(app, 'GET', '/v1/requests/inbox', { token: org.tokens.manager })).body);
    expect(managerInbox).toMatchObject({ today: '2026-03-01', requests: [{ overdue: false }] });
    expect((await http(app, 'GET', '/v1/requests/inbox', { token: org.integrationKey })).status).toBe(403);
  });
});
