import { randomBytes } from 'node:crypto';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call } from '../../test/helpers/http';
import { startTestProvider, type TestProvider } from '../../test/helpers/oidc-provider';
import { createOrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { SIGN_IN_LIFETIMES } from '../auth/oidc/sign-in-flow';

const PUBLIC_URL = 'http://sightline.test';
const EXTENSION_REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.extension-redirect.test/';

describeStorage('single sign-on with OpenID Connect', (ctx) => {
  let provider: TestProvider;
  beforeAll(async () => {
    provider = await startTestProvider({ redirectUri: `${PUBLIC_URL}/v1/auth/sso/callback` });
  });
  afterAll(() => provider?.close());

  async function setUp() {
    const org = await createOrgFixture(ctx.database, 'sso');
    let now = new Date();
    const app = createApp({ database: ctx.database, clock: () => now, sso: { publicUrl: PUBLIC_URL, secretKey: new Uint8Array(randomBytes(32)) } });
    const settings = { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, allowedDomains: [`${org.slug}.test`], allowedRedirects: [EXTENSION_REDIRECT] };
    const saved = await call(app, 'PUT', '/v1/admin/sso', { token: org.tokens.admin, json: settings });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    /** A provider account whose email is the fixture person's. */
    const account = (who: PersonName | string) => {
      const sub = `${who}-${org.slug}`;
      provider.accounts.set(sub, { email: who.includes('@') ? who : `${who}@${org.slug}.test`, email_verified: true });
      return sub;
    };
    const start = async (redirect?: string) => {
      const res = await app.request(`/v1/auth/sso/${org.slug}/start${redirect ? `?redirect=${encodeURIComponent(redirect)}` : ''}`);
      expect(res.status, await res.clone().text()).toBe(302);
      return res.headers.get('location')!;
    };
    const callback = async (url: string) => {
      const res = await app.request(url);
      const location = res.headers.get('location');
      return { status: res.status, location, body: location ? null : await res.json() };
    };
    /** Start, sign in at the provider as `sub`, and come back: the callback's answer. */
    const signIn = async (sub: string, redirect?: string) => callback(await provider.authorize(await start(redirect), sub));
    const exchange = (location: string) => call(app, 'POST', '/v1/auth/sso/exchange', { json: { code: new URL(location, PUBLIC_URL).hash.replace('#sso_code=', '') } });
    return { org, app, settings, account, start, callback, signIn, exchange, advance: (s: number) => (now = new Date(now.getTime() + s * 1000)) };
  }

  it('sign a person in to the console: the callback hands a one-time code to /app, exchanged once for a session', async () => {
    const { org, app, account, signIn, exchange } = await setUp();
    const back = await signIn(account('alice'));
    expect(back.status, JSON.stringify(back.body)).toBe(303);
    expect(back.location).toMatch(/^\/app#sso_code=[A-Za-z0-9_-]{43}$/);
    const session = await exchange(back.location!);
    expect(session.status, JSON.stringify(session.body)).toBe(200);
    expect(session.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.stringMatching(/^sla_/), refreshToken: expect.stringMatching(/^slr_/) });
    expect((await call(app, 'GET', '/v1/me', { token: session.body.accessToken })).body.principal.personId).toBe(org.ids.alice);
    expect((await exchange(back.location!)).status).toBe(401);
  });

  it('end an extension sign-in at its allow-listed identity URL, and refuse any other target before leaving for the provider', async () => {
    const { org, app, account, signIn, exchange } = await setUp();
    const back = await signIn(account('bob'), EXTENSION_REDIRECT);
    expect(back.location!.startsWith(`${EXTENSION_REDIRECT}#sso_code=`)).toBe(true);
    const session = await exchange(back.location!);
    expect((await call(app, 'GET', '/v1/auth/sessions', { token: session.body.accessToken })).body.sessions[0]).toMatchObject({ client: 'extension', current: true });
    for (const redirect of ['https://evil.example/', '//evil.example/app', `${EXTENSION_REDIRECT}steal`]) {
      const res = await call(app, 'GET', `/v1/auth/sso/${org.slug}/start?redirect=${encodeURIComponent(redirect)}`);
      expect(res.status, redirect).toBe(400);
      expect(res.body.error.issues[0].path).toBe('redirect');
    }
  });

  it('store the client secret sealed and never hand it back', async () => {
    const { org, app, settings } = await setUp();
    const row = await ctx.database.db.selectFrom('ssoConfigs').selectAll().where('orgId', '=', org.orgId).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(settings.clientSecret);
    const view = await call(app, 'GET', '/v1/admin/sso', { token: org.tokens.admin });
    expect(view.body).toMatchObject({ issuer: provider.issuer, clientId: provider.clientId, hasClientSecret: true });
    expect(JSON.stringify(view.body)).not.toContain(settings.clientSecret);
    expect((await call(app, 'GET', '/v1/admin/sso', { token: org.tokens.hr })).status).toBe(403);
    const keyless = createApp({ database: ctx.database, sso: { publicUrl: PUBLIC_URL } });
    const refused = await call(keyless, 'PUT', '/v1/admin/sso', { token: org.tokens.admin, json: settings });
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues[0].path).toBe('clientSecret');
  });

  it('refuse an issuer other than the one the provider names itself', async () => {
    const impostor = await startTestProvider({ redirectUri: `${PUBLIC_URL}/v1/auth/sso/callback`, issuerHost: 'localhost' });
    try {
      const { org, app, settings } = await setUp();
      const res = await call(app, 'PUT', '/v1/admin/sso', { token: org.tokens.admin, json: { ...settings, issuer: impostor.issuer.replace('localhost', '127.0.0.1') } });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.issues[0].path).toBe('issuer');
    } finally {
      await impostor.close();
    }
  });

  it('refuse ID tokens from another issuer, with a bad signature, expired, or for another nonce, naming the claim', async () => {
    const { account, signIn } = await setUp();
    const sub = account('alice');
    const { privateKey: strangersKey } = await generateKeyPair('RS256');
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const cases: Array<[string, (idToken: string) => Promise<string>, string]> = [
      ['another issuer', (t) => provider.resign(t, (c) => ({ ...c, iss: 'https://idp.example' })), 'id_token.iss'],
      ['a signature by another key under the same kid', (t) => provider.resign(t, (c) => c, strangersKey), 'id_token.signature'],
      ['an expired token', (t) => provider.resign(t, (c) => ({ ...c, iat: hourAgo - 60, exp: hourAgo })), 'id_token.exp'],
      ['another nonce', (t) => provider.resign(t, (c) => ({ ...c, nonce: 'replayed-from-another-sign-in' })), 'id_token.nonce'],
    ];
    for (const [label, rewrite, path] of cases) {
      provider.tamper(rewrite);
      const back = await signIn(sub);
      expect(back.status, `${label}: ${JSON.stringify(back.body)}`).toBe(400);
      expect(back.body.error.issues[0].path, label).toBe(path);
    }
  });

  it('refuse a replayed callback, a replayed code under a fresh state, an unknown or missing state, and an expired sign-in', async () => {
    const { account, start, callback, advance } = await setUp();
    const sub = account('alice');
    const first = await provider.authorize(await start(), sub);
    expect((await callback(first)).status).toBe(303);
    const replay = await callback(first);
    expect([replay.status, replay.body.error.issues[0].path]).toEqual([400, 'state']);

    const fresh = new URL(await provider.authorize(await start(), sub));
    const stolenCode = new URL(first).searchParams.get('code')!;
    fresh.searchParams.set('code', stolenCode);
    const replayedCode = await callback(fresh.toString());
    expect([replayedCode.status, replayedCode.body.error.issues[0].path]).toEqual([400, 'code']);

    const forged = new URL(await provider.authorize(await start(), sub));
    forged.searchParams.set('state', 'forged-state');
    expect((await callback(forged.toString())).body.error.issues[0].path).toBe('state');
    forged.searchParams.delete('state');
    expect((await callback(forged.toString())).status).toBe(400);
    expect((await callback(`${PUBLIC_URL}/v1/auth/sso/callback?state=%00&code=x`)).status).toBe(400);

    const slow = await provider.authorize(await start(), sub);
    advance(SIGN_IN_LIFETIMES.flowSeconds + 1);
    expect((await callback(slow)).body.error.issues[0].path).toBe('state');
  });

  it('refuse unknown, deactivated and out-of-domain people with a 403 naming why', async () => {
    const { org, account, signIn } = await setUp();
    const davesAccount = account('dave');
    expect((await signIn(davesAccount)).status).toBe(303);
    await ctx.database.db.updateTable('persons').set({ active: false }).where('orgId', '=', org.orgId).where('id', '=', org.ids.dave).execute();
    const cases: Array<[string, string, RegExp]> = [
      ['a linked account whose person is deactivated', davesAccount, /deactivated/],
      ['an email of no person', account(`ghost@${org.slug}.test`), /not a person of this org/],
      ['an email of another domain', account('alice@elsewhere.example'), /not one of the org's sign-in domains/],
    ];
    const unverified = account('bob');
    provider.accounts.set(unverified, { email: `bob@${org.slug}.test`, email_verified: false });
    cases.push(['an unverified email', unverified, /not verified/]);
    for (const [label, sub, message] of cases) {
      const back = await signIn(sub);
      expect(back.status, label).toBe(403);
      expect(back.body.error.issues[0].message, label).toMatch(message);
    }
  });

  it('follow the provider account once linked, not the email, and answer 404 for an org without single sign-on', async () => {
    const { org, app, account, signIn, exchange } = await setUp();
    const sub = account('alice');
    await exchange((await signIn(sub)).location!);
    // The provider renames the account to bob's address: it still signs in alice.
    provider.accounts.set(sub, { email: `bob@${org.slug}.test`, email_verified: true });
    const session = await exchange((await signIn(sub)).location!);
    expect((await call(app, 'GET', '/v1/me', { token: session.body.accessToken })).body.principal.personId).toBe(org.ids.alice);

    const plain = await createOrgFixture(ctx.database, 'nosso');
    expect((await call(app, 'GET', `/v1/auth/sso/${plain.slug}/start`)).status).toBe(404);
    // NUL can name no org: refused as unreadable text before any look-up.
    expect((await call(app, 'GET', '/v1/auth/sso/a%00b/start')).status).toBe(400);
  });
});
