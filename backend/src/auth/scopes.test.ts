import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { call } from '../../test/helpers/http';
import { createOrgFixture, type OrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';

describeStorage('token scopes and expiry', (ctx) => {
  async function setUp() {
    const org = await createOrgFixture(ctx.database, 'scopes');
    const app = createApp({ database: ctx.database });
    const mint = async (who: PersonName, json: Record<string, unknown>) => {
      const res = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens[who], json });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.token as string;
    };
    return { org, app, mint };
  }
  const push = (app: ReturnType<typeof createApp>, token: string, ...mutations: Array<readonly [string, unknown]>) =>
    call(app, 'POST', '/v1/sync/push', {
      token,
      json: { clientId: uuidv7(), mutations: mutations.map(([name, args], i) => ({ id: uuidv7(), seq: i + 1, name, args, at: '2026-02-21T09:00:00Z' })) },
    });
  const feedback = (org: OrgFixture) =>
    mutation('feedback.create', { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: 'thanks', visibility: 'org', createdAt: '2026-02-21T09:00:00Z' });

  it('give a new personal token read and sync by default: the extension works, minting and account routes do not', async () => {
    const { org, app, mint } = await setUp();
    const token = await mint('alice', { name: 'extension' });
    expect((await call(app, 'GET', '/v1/me', { token })).status).toBe(200);
    expect((await call(app, 'GET', `/v1/sync/pull?clientId=${uuidv7()}`, { token })).status).toBe(200);
    expect((await push(app, token, feedback(org))).body.results[0].status).toBe('applied');
    for (const [method, path] of [['POST', '/v1/auth/tokens'], ['GET', '/v1/auth/sessions'], ['GET', '/v1/auth/tokens']] as const) {
      const res = await call(app, method, path, { token, json: method === 'POST' ? {} : undefined });
      expect(res.status, path).toBe(403);
      expect(res.body.error.message).toMatch(/session or an unscoped token/);
    }
  });

  it('keep a read token to reads, naming the scope a write needs', async () => {
    const { org, app, mint } = await setUp();
    const token = await mint('alice', { scopes: ['read'] });
    expect((await call(app, 'GET', `/v1/sync/pull?clientId=${uuidv7()}`, { token })).status).toBe(200);
    const res = await push(app, token, feedback(org));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/scope sync or metrics:write; this one has read/);
  });

  it('let metrics:write record metric values and nothing else', async () => {
    const { org, app, mint } = await setUp();
    const [goalId, metricId] = [uuidv7(), uuidv7()];
    await org.client('alice').pushOk([
      mutation('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Solve more' }),
      mutation('metric.create', { id: metricId, goalId, name: 'Solved', indicator: 'lagging', baseline: 0, target: 100, direction: 'increase' }),
    ]);
    const record = () => mutation('metric.record', { id: uuidv7(), metricId, value: 5, at: '2026-02-01T00:00:00Z' });
    for (const token of [await mint('alice', { scopes: ['metrics:write'] }), await mint('admin', { kind: 'integration', scopes: ['metrics:write'] })]) {
      const res = await push(app, token, record(), feedback(org));
      expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'rejected']);
      expect(res.body.results[1].reason).toMatch(/feedback.create needs a token with scope sync/);
      expect((await call(app, 'POST', '/v1/admin/people', { token, json: { persons: [] } })).status).toBe(403);
    }
  });

  it('let an integration key scoped to people:import import people, never one scoped to metrics', async () => {
    const { org, app, mint } = await setUp();
    const importer = await mint('hr', { kind: 'integration', scopes: ['people:import'], name: 'hris' });
    const metrics = await mint('hr', { kind: 'integration' });
    const person = { id: uuidv7(), name: 'Erin', email: `erin@${org.slug}.test` };
    expect((await call(app, 'POST', '/v1/admin/people', { token: metrics, json: { persons: [person] } })).status).toBe(403);
    const res = await call(app, 'POST', '/v1/admin/people', { token: importer, json: { persons: [person] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await push(app, importer, feedback(org))).status).toBe(403);
  });

  it('refuse scopes a kind of token may not have, and lifetimes past the maximum', async () => {
    const { org, app } = await setUp();
    for (const [json, path] of [
      [{ kind: 'integration', scopes: ['sync'] }, 'scopes.0'],
      [{ scopes: ['admin'] }, 'scopes.0'],
      [{ scopes: [] }, 'scopes'],
      [{ expiresInDays: 366 }, 'expiresInDays'],
      [{ name: 'a\u0000b' }, 'name'],
    ] as const) {
      const res = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.admin, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect(res.body.error.issues[0].path).toBe(path);
    }
  });

  it('list the owner its tokens without secrets, and refuse a token past its expiry', async () => {
    const { org, app } = await setUp();
    const created = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.alice, json: { name: 'laptop', expiresInDays: 7 } });
    expect(Date.parse(created.body.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const listed = await call(app, 'GET', '/v1/auth/tokens', { token: org.tokens.alice });
    expect(listed.body.tokens.find((t: { id: string }) => t.id === created.body.id)).toMatchObject({ name: 'laptop', scopes: ['read', 'sync'], prefix: created.body.prefix });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect((await call(app, 'GET', '/v1/auth/tokens', { token: org.tokens.bob })).body.tokens.some((t: { id: string }) => t.id === created.body.id)).toBe(false);

    await ctx.database.db.updateTable('apiTokens').set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where('id', '=', created.body.id).execute();
    expect((await call(app, 'GET', '/v1/me', { token: created.body.token })).status).toBe(401);
  });
});
