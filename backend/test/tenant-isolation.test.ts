/** Org B's tokens never read a byte of org A, and never write onto org A's rows, on any route. */
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createApp } from '../src/app';
import { call } from './helpers/http';
import { createOrgFixture } from './helpers/org-fixture';
import { call as mutation } from './helpers/sync-client';
import { sseEvents } from './helpers/sse';
import { describeStorage } from './helpers/storage';

describeStorage('tenant isolation', (ctx) => {
  it('keeps every route of org B away from org A', async () => {
    const a = await createOrgFixture(ctx.database, 'a');
    const b = await createOrgFixture(ctx.database, 'b');
    const app = createApp({ database: ctx.database, devSignIn: true });
    const goalId = uuidv7();
    const metricId = uuidv7();
    await a.client('admin').pushOk([
      mutation('goal.create', { id: goalId, cycleId: a.cycleId, level: 'org', title: 'A secret strategy' }),
      mutation('metric.create', { id: metricId, goalId, name: 'Revenue', indicator: 'lagging', baseline: 0, target: 10, direction: 'increase' }),
    ]);
    const aIds = new Set([a.orgId, goalId, metricId, a.cycleId, ...Object.values(a.ids), ...Object.values(a.teams)]);
    const leaks = (body: unknown) => [...aIds].filter((id) => JSON.stringify(body).includes(id));

    for (const name of ['admin', 'alice'] as const) {
      const clientId = uuidv7();
      const pull = await call(app, 'GET', `/v1/sync/pull?clientId=${clientId}`, { token: b.tokens[name] });
      expect(pull.status).toBe(200);
      expect(leaks(pull.body), `pull as ${name}`).toEqual([]);
      expect(leaks((await call(app, 'GET', '/v1/me', { token: b.tokens[name] })).body)).toEqual([]);
    }

    const push = (calls: ReturnType<typeof mutation>[]) =>
      call(app, 'POST', '/v1/sync/push', {
        token: b.tokens.admin,
        json: { clientId: uuidv7(), mutations: calls.map(([name, args], i) => ({ id: uuidv7(), seq: i + 1, name, args, at: new Date().toISOString() })) },
      });
    const attack = await push([
      mutation('goal.update', { id: goalId, patch: { title: 'Owned' } }),
      mutation('goal.delete', { id: goalId }),
      mutation('metric.record', { id: uuidv7(), metricId, value: 1, at: '2026-01-01T00:00:00Z' }),
      mutation('feedback.create', { id: uuidv7(), subjectId: a.ids.alice, kind: 'praise', body: 'hi', createdAt: '2026-01-01T00:00:00Z' }),
      mutation('goal.create', { id: uuidv7(), cycleId: a.cycleId, level: 'org', title: 'In A cycle' }),
    ]);
    expect(attack.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected']);
    // Reasons may echo the ids the attacker sent, but nothing A holds.
    expect(JSON.stringify(attack.body)).not.toMatch(new RegExp(`A secret strategy|Revenue|${a.orgId}`));

    // Reusing one of A's ids in B creates B's own row; A's row is untouched.
    const reuse = await push([mutation('goal.create', { id: goalId, cycleId: b.cycleId, level: 'org', title: 'Same id, other org' })]);
    expect(reuse.body.results[0].status).toBe('applied');
    const rows = await ctx.database.db.selectFrom('goals').select(['orgId', 'title', 'deletedAt']).where('id', '=', goalId).orderBy('title').execute();
    expect(rows).toEqual([
      { orgId: a.orgId, title: 'A secret strategy', deletedAt: null },
      { orgId: b.orgId, title: 'Same id, other org', deletedAt: null },
    ]);

    const importIntoA = await call(app, 'POST', '/v1/admin/people', {
      token: b.tokens.admin,
      json: { persons: [{ id: uuidv7(), name: 'Mallory', email: 'mallory@example.com', managerId: a.ids.director }] },
    });
    expect(importIntoA.status).toBe(422);
    const aTokens = await ctx.database.db.selectFrom('apiTokens').select('id').where('orgId', '=', a.orgId).limit(1).execute();
    expect((await call(app, 'DELETE', `/v1/auth/tokens/${aTokens[0]!.id}`, { token: b.tokens.admin })).status).toBe(404);

    const stream = await app.request('/v1/sync/events', { headers: { authorization: `Bearer ${b.tokens.admin}` } });
    const events = sseEvents(stream.body!);
    await events.next();
    await a.client('admin').pushOk([mutation('skill.create', { id: uuidv7(), name: 'A only' })]);
    const own = await b.client('admin').pushOk([mutation('skill.create', { id: uuidv7(), name: 'B only' })]);
    expect(await events.next()).toBe(`{"version":${own.version}}`);
    await events.cancel();

    const signIn = await call(app, 'POST', '/v1/auth/dev-signin', { json: { email: `alice@${a.slug}.test`, orgSlug: b.slug } });
    expect(signIn.status).toBe(404);
  });
});
