import { expect, it } from 'vitest';
import { ApiError } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('auth routes', (ctx) => {
  it('answer 401 without a token, with a malformed or unknown one', async () => {
    const app = createApp({ database: ctx.database });
    for (const token of [undefined, 'nonsense', 'slp_' + 'A'.repeat(43), 'slk_x']) {
      const res = await call(app, 'GET', '/v1/me', { token });
      expect(res.status, String(token)).toBe(401);
      expect(ApiError.parse(res.body).error.code).toBe('unauthorized');
    }
  });

  it('identify the person behind a token on /me', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const res = await call(app, 'GET', '/v1/me', { token: org.tokens.alice });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      principal: { kind: 'person', role: 'member', orgId: org.orgId, personId: org.ids.alice },
      person: { id: org.ids.alice, name: 'alice', teamId: org.teams.support },
      org: { id: org.orgId, slug: org.slug },
    });
    const key = await call(app, 'GET', '/v1/me', { token: org.integrationKey });
    expect(key.body).toMatchObject({ principal: { kind: 'integration', personId: null }, person: null });
  });

  it('create and revoke a person token; a revoked token is refused', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const created = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.alice, json: { name: 'laptop' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'person', name: 'laptop', token: expect.stringMatching(/^slp_[A-Za-z0-9_-]{43}$/) });
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    const stored = await ctx.database.db.selectFrom('apiTokens').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.body.token);

    expect((await call(app, 'DELETE', `/v1/auth/tokens/${created.body.id}`, { token: org.tokens.bob })).status).toBe(404);
    expect((await call(app, 'GET', '/v1/me', { token: created.body.token })).status).toBe(200);
    expect((await call(app, 'DELETE', `/v1/auth/tokens/${created.body.id}`, { token: org.tokens.alice })).body).toEqual({ id: created.body.id, revoked: true });
    expect((await call(app, 'GET', '/v1/me', { token: created.body.token })).status).toBe(401);
  });

  it('let only admins mint integration keys', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    expect((await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.manager, json: { kind: 'integration' } })).status).toBe(403);
    const key = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.admin, json: { kind: 'integration', name: 'zendesk' } });
    expect(key.body.token).toMatch(/^slk_/);
    expect((await call(app, 'POST', '/v1/auth/tokens', { token: key.body.token, json: {} })).status).toBe(403);
  });

  it('keep dev sign-in off unless the app enables it', async () => {
    const org = await createOrgFixture(ctx.database);
    const email = `alice@${org.slug}.test`;
    expect((await call(createApp({ database: ctx.database }), 'POST', '/v1/auth/dev-signin', { json: { email } })).status).toBe(401);
    const demo = createApp({ database: ctx.database, devSignIn: true });
    const res = await call(demo, 'POST', '/v1/auth/dev-signin', { json: { email: email.toUpperCase() } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ person: { id: org.ids.alice }, org: { slug: org.slug } });
    expect((await call(demo, 'GET', '/v1/me', { token: res.body.token })).body.person.id).toBe(org.ids.alice);
    expect((await call(demo, 'POST', '/v1/auth/dev-signin', { json: { email: 'nobody@example.com' } })).status).toBe(404);
  });
});
