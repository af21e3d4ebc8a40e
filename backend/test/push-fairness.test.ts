/**
 * One principal's large push must not stall everyone: it is applied in bounded transactions,
 * so another person's read is answered between them; and each principal has a budget of work,
 * past which it gets 429 + Retry-After while others carry on. Dev sign-in is limited per IP.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createApp } from '../src/app';
import { call } from './helpers/http';
import { createOrgFixture, type OrgFixture } from './helpers/org-fixture';
import { describeStorage } from './helpers/storage';

const feedback = (org: OrgFixture, seq: number) => ({
  id: uuidv7(),
  seq,
  name: 'feedback.create',
  args: { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: `thanks #${seq}`, visibility: 'org', createdAt: '2026-02-21T09:00:00Z' },
  at: '2026-02-21T09:00:00Z',
});

describeStorage('push fairness', (ctx) => {
  it("answers another person's read while a large push is still being applied", async () => {
    const org = await createOrgFixture(ctx.database, 'fair');
    const app = createApp({ database: ctx.database });
    const mutations = Array.from({ length: 400 }, (_, i) => feedback(org, i + 1));
    const order: string[] = [];
    // The first commit of the push is the signal to read: from then on the push is mid-way.
    const firstCommit = new Promise<void>((resolve) => {
      const stop = ctx.database.changes.subscribe((change) => {
        if (change.orgId !== org.orgId) return;
        stop();
        resolve();
      });
    });
    const push = call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, json: { clientId: uuidv7(), mutations } }).then((res) => {
      order.push('push');
      return res;
    });
    await firstCommit;
    const me = await call(app, 'GET', '/v1/me', { token: org.tokens.dave });
    order.push('read');
    const pushed = await push;
    expect(me.status).toBe(200);
    expect(pushed.status).toBe(200);
    expect(pushed.body.results.filter((r: { status: string }) => r.status === 'applied')).toHaveLength(400);
    expect(order).toEqual(['read', 'push']);
  });

  it('answers 429 with Retry-After once a principal has used its budget, and only that principal', async () => {
    const org = await createOrgFixture(ctx.database, 'budget');
    const app = createApp({ database: ctx.database, limits: { workPerMinute: 100 } });
    const clientId = uuidv7();
    const first = await call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, json: { clientId, mutations: Array.from({ length: 150 }, (_, i) => feedback(org, i + 1)) } });
    expect(first.status).toBe(200);
    const next = await call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, json: { clientId, mutations: [feedback(org, 151)] } });
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(next.body.error.code).toBe('rate_limited');
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.alice })).status).toBe(429);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.bob })).status).toBe(200);
  });

  it('limits dev sign-in attempts per IP address', async () => {
    const org = await createOrgFixture(ctx.database, 'signin');
    const app = createApp({ database: ctx.database, devSignIn: true, limits: { signInsPerMinute: 5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await call(app, 'POST', '/v1/auth/dev-signin', { json: { email: `nobody${i}@${org.slug}.test` } })).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('limits single sign-on steps and session refreshes per IP address', async () => {
    const org = await createOrgFixture(ctx.database, 'ssolimit');
    const app = createApp({ database: ctx.database, limits: { sessionCallsPerMinute: 4 } });
    const attempts = [
      () => call(app, 'GET', `/v1/auth/sso/${org.slug}/start`),
      () => call(app, 'POST', '/v1/auth/sso/exchange', { json: { code: 'A'.repeat(43) } }),
      () => call(app, 'GET', '/v1/auth/sso/callback?state=x&code=y'),
      () => call(app, 'POST', '/v1/auth/session/refresh', { json: { refreshToken: `slr_${'A'.repeat(43)}` } }),
    ];
    const statuses: number[] = [];
    for (const attempt of [...attempts, ...attempts]) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 4)).not.toContain(429);
    expect(statuses.slice(4)).toEqual([429, 429, 429, 429]);
  });
});
