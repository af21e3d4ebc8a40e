import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { issueToken } from '../auth/tokens';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';
import { readOrgCounters } from '../orgs/orgs';

describeStorage('metric value ingest', (ctx) => {
  async function orgWithMetric(label: string) {
    const org = await createOrgFixture(ctx.database, label);
    const goalId = uuidv7();
    const metricId = uuidv7();
    await org.client('admin').pushOk([
      mutation('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Reply faster', visibility: 'private' }),
      mutation('metric.create', { id: metricId, goalId, name: 'First reply (h)', indicator: 'lagging', baseline: 8, target: 2, direction: 'decrease' }),
    ]);
    const key = (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.admin, kind: 'integration', scopes: ['metrics:write'] })).token;
    return { org, metricId, key };
  }
  const valuesOf = (org: OrgFixture, metricId: string) =>
    ctx.database.db.selectFrom('metricValues').select(['value', 'recordedBy']).where('orgId', '=', org.orgId).where('metricId', '=', metricId).orderBy('at').execute();
  const batch = (metricId: string, ...values: number[]) => ({ values: values.map((value, i) => ({ metricId, value, at: `2026-02-0${i + 1}T09:00:00Z` })) });

  it('records a batch once per Idempotency-Key: the same request replays the answer, another is refused', async () => {
    const { org, metricId, key } = await orgWithMetric('ingest');
    const app = createApp({ database: ctx.database });
    const headers = { 'Idempotency-Key': 'nightly-2026-02-03' };
    const first = await call(app, 'POST', '/v1/metrics/values', { token: key, json: batch(metricId, 7, 6.5, 6), headers });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ recorded: 3, ids: [expect.any(String), expect.any(String), expect.any(String)] });
    expect(first.headers.get('idempotency-replayed')).toBeNull();

    const retry = await call(app, 'POST', '/v1/metrics/values', { token: key, json: batch(metricId, 7, 6.5, 6), headers });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await valuesOf(org, metricId)).toEqual([{ value: 7, recordedBy: null }, { value: 6.5, recordedBy: null }, { value: 6, recordedBy: null }]);

    const reused = await call(app, 'POST', '/v1/metrics/values', { token: key, json: batch(metricId, 1), headers });
    expect(reused.status).toBe(422);
    expect(reused.body.error.issues).toEqual([{ path: 'Idempotency-Key', message: expect.stringMatching(/different request/) }]);

    // Keys belong to the credential that sent them: another key may use the same string.
    const otherKey = (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.admin, kind: 'integration', scopes: ['metrics:write'] })).token;
    expect((await call(app, 'POST', '/v1/metrics/values', { token: otherKey, json: batch(metricId, 5), headers })).body.recorded).toBe(1);
    // Without a key every request records.
    expect((await call(app, 'POST', '/v1/metrics/values', { token: key, json: batch(metricId, 4) })).status).toBe(200);
    expect(await valuesOf(org, metricId)).toHaveLength(5);
  });

  it('refuses the whole batch, naming each bad value, NUL included, and writes nothing', async () => {
    const { org, metricId, key } = await orgWithMetric('ingestbad');
    const other = await orgWithMetric('ingestother');
    const app = createApp({ database: ctx.database });
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    const good = batch(metricId, 1).values[0]!;
    const cases: Array<[string, unknown, Array<{ path: string; message: unknown }>]> = [
      ['a metric of another org', { values: [good, { ...good, metricId: other.metricId }] }, [{ path: 'values.1', message: expect.stringMatching(/metricId/) }]],
      ['a value that is not a number', { values: [{ ...good, value: 'high' }] }, [{ path: 'values.0.value', message: expect.any(String) }]],
      ['year 0000', { values: [{ ...good, at: '0000-01-01T00:00:00Z' }] }, [{ path: 'values.0.at', message: expect.any(String) }]],
      ['NUL in the context', { values: [good, { ...good, context: { tool: 'crm\u0000', recordType: 'deal', recordId: '1', url: null, title: null } }] }, [{ path: 'values.1.context.tool', message: expect.stringMatching(/NUL/) }]],
      ['an empty batch', { values: [] }, [{ path: 'values', message: expect.any(String) }]],
      ['an unknown field', { values: [good], source: 'x' }, [{ path: '(root)', message: expect.stringMatching(/source/) }]],
    ];
    for (const [label, json, issues] of cases) {
      const res = await call(app, 'POST', '/v1/metrics/values', { token: key, json, headers: { 'Idempotency-Key': label.replaceAll(' ', '-') } });
      expect(res.status, label).toBe(422);
      expect(res.body.error.issues, label).toEqual(issues);
    }
    const badKey = await call(app, 'POST', '/v1/metrics/values', { token: key, json: batch(metricId, 1), headers: { 'Idempotency-Key': 'x'.repeat(256) } });
    expect(badKey.status).toBe(400);
    expect(badKey.body.error.issues[0].path).toBe('Idempotency-Key');
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect(await valuesOf(org, metricId)).toEqual([]);
    // A refused request stored no answer: corrected, it goes through under the same key.
    const fixed = await call(app, 'POST', '/v1/metrics/values', { token: key, json: { values: [good] }, headers: { 'Idempotency-Key': 'a-metric-of-another-org' } });
    expect(fixed.status).toBe(200);
  });

  it('takes an optional recordKey: a value already recorded from that record is refused, naming it, and the batch writes nothing', async () => {
    const { org, metricId, key } = await orgWithMetric('ingestkey');
    const app = createApp({ database: ctx.database });
    const ticket = { metricId, value: 5, at: '2026-02-01T09:00:00Z', recordKey: 'zendesk:1042' };
    expect((await call(app, 'POST', '/v1/metrics/values', { token: key, json: { values: [ticket] } })).status).toBe(200);
    const again = await call(app, 'POST', '/v1/metrics/values', { token: key, json: { values: [{ ...ticket, recordKey: 'zendesk:1043' }, ticket] } });
    expect(again.status).toBe(422);
    expect(again.body.error.issues).toEqual([{ path: 'values.1', message: expect.stringMatching(/^recordKey: zendesk:1042 is already recorded/) }]);
    expect(await valuesOf(org, metricId)).toHaveLength(1);
  });

  it('is open to metrics:write keys and people allowed to record, closed to other scopes and members without the goal', async () => {
    const { org, metricId } = await orgWithMetric('ingestauth');
    const app = createApp({ database: ctx.database });
    const peopleKey = (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.admin, kind: 'integration', scopes: ['people:import'] })).token;
    const syncToken = (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.alice, kind: 'person', scopes: ['sync'] })).token;
    const json = batch(metricId, 3);
    expect((await call(app, 'POST', '/v1/metrics/values', { json })).status).toBe(401);
    expect((await call(app, 'POST', '/v1/metrics/values', { token: peopleKey, json })).status).toBe(403);
    expect((await call(app, 'POST', '/v1/metrics/values', { token: syncToken, json })).status).toBe(403);
    expect((await call(app, 'POST', '/v1/metrics/values', { token: org.tokens.bob, json })).body.error.issues).toEqual([{ path: 'values.0', message: expect.stringMatching(/may not record/) }]);
    expect((await call(app, 'POST', '/v1/metrics/values', { token: org.tokens.alice, json })).status).toBe(200);
    expect(await valuesOf(org, metricId)).toEqual([{ value: 3, recordedBy: org.ids.alice }]);
  });
});
