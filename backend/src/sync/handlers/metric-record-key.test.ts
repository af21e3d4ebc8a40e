import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture, type OrgFixture } from '../../../test/helpers/org-fixture';
import { outcome } from '../../../test/helpers/outcome';
import { call } from '../../../test/helpers/sync-client';
import { describeStorage } from '../../../test/helpers/storage';

const DEAL = 'salesforce:0068c00000QxT2rAAF';
const at = '2026-12-01T10:00:00Z';

async function aliceWithMetric(org: OrgFixture): Promise<string> {
  const [goalId, metricId] = [uuidv7(), uuidv7()];
  await org.client('alice').pushOk([
    call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Grow ARR' }),
    call('metric.create', { id: metricId, goalId, name: 'New ARR', indicator: 'lagging', unit: 'EUR', source: 'salesforce', baseline: 0, target: 100000, direction: 'increase' }),
  ]);
  return metricId;
}

const won = (metricId: string, recordKey: string | undefined, value = 12500) =>
  call('metric.record', { id: uuidv7(), metricId, value, at, ...(recordKey === undefined ? {} : { recordKey }) });

describeStorage('metric.record with a record key', (ctx) => {
  it('takes one value per record and metric: a second device is refused, naming the field', async () => {
    const org = await createOrgFixture(ctx.database);
    const metricId = await aliceWithMetric(org);
    expect(await outcome(org, 'alice', won(metricId, DEAL))).toMatchObject({ status: 'applied' });
    expect(await outcome(org, 'alice', won(metricId, DEAL))).toMatchObject({
      status: 'rejected',
      reason: `recordKey: ${DEAL} is already recorded on metric ${metricId}`,
    });
    const stored = await ctx.database.db.selectFrom('metricValues').select(['recordKey', 'value']).where('metricId', '=', metricId).execute();
    expect(stored).toEqual([{ recordKey: DEAL, value: 12500 }]);
  });

  it('refuses the second of two in one push, and still applies what follows (set-based push)', async () => {
    const org = await createOrgFixture(ctx.database);
    const metricId = await aliceWithMetric(org);
    const res = await org.client('alice').push([won(metricId, DEAL), won(metricId, undefined, 1), won(metricId, DEAL), won(metricId, 'salesforce:0068c00000ZZZZZAAA')]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected', 'applied']);
    expect(res.results[2]!.reason).toMatch(/^recordKey: /);
  });

  it('keeps values without a key as before, any number of them (older clients and integrations)', async () => {
    const org = await createOrgFixture(ctx.database);
    const metricId = await aliceWithMetric(org);
    await org.client('alice').pushOk([won(metricId, undefined), won(metricId, undefined)]);
    expect(await outcome(org, 'integration', won(metricId, undefined))).toMatchObject({ status: 'applied' });
  });

  it.each([
    ['not a key', 'recordKey: must be tool:recordId'],
    ['salesforce:\u0000', 'recordKey: must not contain the NUL character'],
  ])('refuses the malformed key %j with a reason naming it', async (recordKey, reason) => {
    const org = await createOrgFixture(ctx.database);
    const metricId = await aliceWithMetric(org);
    expect(await outcome(org, 'alice', won(metricId, recordKey))).toMatchObject({ status: 'rejected', reason: expect.stringContaining(reason) });
  });

  it('refuses a duplicate that slips past the check at the database, so no race counts twice', async () => {
    const org = await createOrgFixture(ctx.database);
    const metricId = await aliceWithMetric(org);
    await org.client('alice').pushOk([won(metricId, DEAL)]);
    const row = await ctx.database.db.selectFrom('metricValues').selectAll().where('metricId', '=', metricId).executeTakeFirstOrThrow();
    await expect(
      ctx.database.db.insertInto('metricValues').values({ ...row, id: uuidv7(), context: null }).execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
