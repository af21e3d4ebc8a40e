import { expect, it } from 'vitest';
import { checkInId, supportDecisionId, uuidv7, type MutationInput } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture, type OrgFixture, type PersonName } from '../../../test/helpers/org-fixture';
import { mismatches, outcome } from '../../../test/helpers/outcome';
import { call } from '../../../test/helpers/sync-client';
import { describeStorage } from '../../../test/helpers/storage';

describeStorage('support decisions', (ctx) => {
  const week = '2026-W10';
  async function checkInOf(org: OrgFixture, who: PersonName, barriers: string | null = 'Waiting on legal for the refund policy') {
    const id = checkInId(org.ids[who], week);
    await org.client(who).pushOk([call('checkin.submit', { id, personId: org.ids[who], week, goals: [], barriers, submittedAt: '2026-03-06T16:00:00Z' })]);
    return id;
  }
  const decide = (checkIn: string, personId: string, extra: Partial<MutationInput<'support.decide'>> = {}) =>
    call('support.decide', { id: supportDecisionId(checkIn), checkInId: checkIn, personId, decision: 'will_help', note: 'I will call legal today.', decidedAt: '2026-03-07T09:00:00Z', ...extra });

  it('are recorded by the manager chain and people admins, revisable, one per check-in', async () => {
    const org = await createOrgFixture(ctx.database);
    const checkIn = await checkInOf(org, 'alice');
    const d = () => decide(checkIn, org.ids.alice);
    expect(
      await mismatches(org, [
        ['manager', d, 'applied'],
        ['vp', () => decide(checkIn, org.ids.alice, { decision: 'escalated' }), 'applied'],
        ['hr', d, 'applied'],
        ['admin', d, 'applied'],
        ['alice', d, 'rejected'],
        ['bob', d, 'rejected'],
        ['lena', d, 'rejected'],
        ['dave', d, 'rejected'],
        ['integration', d, 'rejected'],
        ['manager', () => decide(checkIn, org.ids.alice, { decision: 'resolved', note: null }), 'applied'],
      ]),
    ).toEqual([]);
    const rows = await ctx.database.db.selectFrom('supportDecisions').select(['decision', 'decidedBy', 'note']).where('checkInId', '=', checkIn).execute();
    expect(rows).toEqual([{ decision: 'resolved', decidedBy: org.ids.manager, note: null }]);
  });

  it('refuse decisions on the wrong person, a missing check-in or one with nothing in the way, naming the field', async () => {
    const org = await createOrgFixture(ctx.database);
    const checkIn = await checkInOf(org, 'alice');
    const calm = await checkInOf(org, 'bob', null);
    const reason = async (c: ReturnType<typeof call>) => (await outcome(org, 'manager', c)).reason;
    expect(await reason(decide(checkIn, org.ids.bob))).toBe(`personId: check-in ${checkIn} is person ${org.ids.alice}'s`);
    expect(await reason(decide(calm, org.ids.bob))).toBe(`checkInId: check-in ${calm} names no barrier or support need to decide on`);
    const missing = uuidv7();
    expect(await reason(decide(missing, org.ids.alice))).toBe(`checkInId: check-in ${missing} does not exist`);
    expect(await reason(decide(checkIn, org.ids.alice, { id: uuidv7() }))).toBe('args.id: must be supportDecisionId(checkInId): one decision per check-in');
    expect(await reason(decide(checkIn, org.ids.alice, { decision: 'maybe' as never }))).toBe('args.decision: must be one of will_help, escalated, resolved, not_now');
    expect(await reason(decide(checkIn, org.ids.alice, { note: 'on it\u0000' }))).toBe('args.note: must not contain the NUL character (\\u0000)');
    expect(await reason(decide(checkIn, org.ids.alice, { decidedAt: 'yesterday' }))).toBe('args.decidedAt: must be an ISO 8601 date-time');
  });

  it('are seen by the person, their manager chain and people admins only', async () => {
    const org = await createOrgFixture(ctx.database);
    const checkIn = await checkInOf(org, 'alice');
    await org.client('director').pushOk([decide(checkIn, org.ids.alice)]);
    const seers: PersonName[] = [];
    for (const who of PEOPLE) if ((await org.client(who).pull()).changes.supportDecisions!.upserts.length) seers.push(who);
    expect(seers.sort()).toEqual(['admin', 'alice', 'director', 'hr', 'manager', 'vp']);
    expect((await org.client('integration').pull()).changes.supportDecisions).toEqual({ upserts: [], deletes: [] });
  });
});
