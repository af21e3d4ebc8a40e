import { expect, it } from 'vitest';
import { ApiError, PullResponse, PushResponse, TABLES, uuidv7, type TableName } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('sync routes', (ctx) => {
  const goal = (cycleId: string, ownerId: string) => ({ id: uuidv7(), cycleId, level: 'person', ownerId, title: 'Reply within 2h' });
  const mutation = (seq: number, args: unknown) => ({ id: uuidv7(), seq, name: 'goal.create', args, at: '2026-02-01T00:00:00Z' });

  it('round-trips push and pull in the wire shapes of the shared contract', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const clientId = uuidv7();
    const push = await call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, json: { clientId, mutations: [mutation(1, goal(org.cycleId, org.ids.alice))] } });
    expect(push.status).toBe(200);
    expect(PushResponse.parse(push.body)).toMatchObject({ lastSeq: 1, results: [{ status: 'applied' }] });
    const pull = await call(app, 'GET', `/v1/sync/pull?clientId=${clientId}`, { token: org.tokens.alice });
    const body = PullResponse.parse(pull.body);
    expect(body).toMatchObject({ reset: true, lastSeq: 1 });
    // Every row is a valid model row, as the client's store will parse it.
    for (const [table, changes] of Object.entries(body.changes)) for (const row of changes.upserts) TABLES[table as TableName].schema.parse(row);
  });

  it('answers 422 for seqs out of order, 409 with expectedSeq for a gap, 403 for a borrowed client id', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const clientId = uuidv7();
    const push = (token: string, mutations: unknown[]) => call(app, 'POST', '/v1/sync/push', { token, json: { clientId, mutations } });
    const g = () => goal(org.cycleId, org.ids.alice);
    const disorder = await push(org.tokens.alice, [mutation(2, g()), mutation(1, g())]);
    expect(disorder.status).toBe(422);
    expect(ApiError.parse(disorder.body).error.issues).toEqual([{ path: 'mutations.1.seq', message: 'must be 3 (consecutive within a push)' }]);
    const gap = await push(org.tokens.alice, [mutation(3, g())]);
    expect(gap.status).toBe(409);
    expect(gap.body).toMatchObject({ error: { code: 'seq_gap', expectedSeq: 1 } });
    expect((await push(org.tokens.alice, [mutation(1, g())])).status).toBe(200);
    expect((await push(org.tokens.bob, [mutation(2, goal(org.cycleId, org.ids.bob))])).status).toBe(403);
    expect((await call(app, 'GET', `/v1/sync/pull?clientId=${clientId}`, { token: org.tokens.bob })).status).toBe(403);
    const badQuery = await call(app, 'GET', '/v1/sync/pull?clientId=nope&extra=1', { token: org.tokens.alice });
    expect(badQuery.status).toBe(422);
    expect(badQuery.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['(root)', 'clientId']);
  });
});
