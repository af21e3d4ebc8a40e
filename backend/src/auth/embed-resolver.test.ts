import { expect, it } from 'vitest';
import { ApiError, uuidv7 } from '@sightline/sdk/model';
import { keyPair, nowSeconds, sharedSecretKey, signEmbed, viewerClaims, type TestEmbedKey } from '../../test/helpers/embed-keys';
import { call } from '../../test/helpers/http';
import { createOrgFixture, type OrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { call as mutation } from '../../test/helpers/sync-client';
import { createApp } from '../app';
import type { HttpError } from '../http/api-error';
import { embedResolver } from './embed-resolver';

const emailOf = (org: OrgFixture, who: PersonName) => `${who}@${org.slug}.test`;

describeStorage('signed embed tokens', (ctx) => {
  async function setUp(...keys: TestEmbedKey[]) {
    const org = await createOrgFixture(ctx.database, 'embed');
    const app = createApp({ database: ctx.database });
    for (const key of keys) {
      const res = await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: key.registration });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    return { org, app };
  }

  it('act as the named person, with their role, for HS256 secrets and RS256/ES256 public keys as JWK or PEM', async () => {
    const keys = [sharedSecretKey('hs'), await keyPair('rs', 'RS256', 'jwk'), await keyPair('es', 'ES256', 'pem'), await keyPair('es-jwk', 'ES256', 'jwk')];
    const { org, app } = await setUp(...keys);
    for (const key of keys) {
      const token = await signEmbed(key, viewerClaims(org.slug, emailOf(org, 'manager')));
      const me = await call(app, 'GET', '/v1/me', { token });
      expect(me.status, key.kid).toBe(200);
      expect(me.body.principal, key.kid).toEqual({ kind: 'embed', role: 'manager', orgId: org.orgId, personId: org.ids.manager });
    }
  });

  it('take the person by id or by email in any case, and the org from an "org" claim as well as from iss', async () => {
    const key = sharedSecretKey('hs');
    const { org, app } = await setUp(key);
    const subjects = [org.ids.alice, emailOf(org, 'alice').toUpperCase()];
    for (const sub of subjects) {
      const token = await signEmbed(key, { ...viewerClaims(org.slug, sub) });
      expect((await call(app, 'GET', '/v1/me', { token })).body.principal.personId, sub).toBe(org.ids.alice);
    }
    const viaOrgClaim = await signEmbed(key, { ...viewerClaims('intranet.example', emailOf(org, 'alice')), org: org.slug });
    expect((await call(app, 'GET', '/v1/me', { token: viaOrgClaim })).body.principal.personId).toBe(org.ids.alice);
  });

  it('forgive 30 seconds of clock skew on exp', async () => {
    const key = sharedSecretKey('hs');
    const { org, app } = await setUp(key);
    const now = nowSeconds();
    const token = await signEmbed(key, { ...viewerClaims(org.slug, emailOf(org, 'bob')), iat: now - 120, exp: now - 15 });
    expect((await call(app, 'GET', '/v1/me', { token })).status).toBe(200);
  });

  it('refuse each bad token with a 401 naming what is wrong', async () => {
    const key = sharedSecretKey('hs');
    const es = await keyPair('es', 'ES256', 'jwk');
    const { org, app } = await setUp(key, es);
    const other = await setUp(sharedSecretKey('hs'));
    const dave = await ctx.database.db.selectFrom('persons').select(['id', 'name', 'email', 'teamId']).where('id', '=', org.ids.dave).executeTakeFirstOrThrow();
    await call(app, 'POST', '/v1/admin/people', { token: org.tokens.admin, json: { persons: [{ ...dave, active: false }] } });

    const now = nowSeconds();
    const good = viewerClaims(org.slug, emailOf(org, 'alice'));
    const { exp: _exp, ...noExp } = good;
    const { sub: _sub, ...noSub } = good;
    const slug = org.slug;
    const cases: Array<[string, Promise<string>, string, string | RegExp]> = [
      ['a signature by another secret under the same kid', signEmbed(sharedSecretKey('hs'), good), 'signature', 'does not verify with a key registered under the org and kid the token names'],
      ["another org's key under a kid both orgs use", signEmbed(key, { ...good, iss: other.org.slug }), 'signature', 'does not verify with a key registered under the org and kid the token names'],
      ['an expired token', signEmbed(key, { ...good, iat: now - 300, exp: now - 60 }), 'exp', 'the token has expired; mint a new one'],
      ['a token living longer than ten minutes', signEmbed(key, { ...good, exp: now + 3600 }), 'exp', 'is more than 600 seconds away; embed tokens must be short-lived'],
      ['an iat long past', signEmbed(key, { ...good, iat: now - 3600 }), 'iat', /^must be within the last 600 seconds \(.+\)$/],
      ['no exp', signEmbed(key, noExp), 'exp', 'is required'],
      ['an unknown kid', signEmbed({ ...key, kid: 'retired' }, good), 'signature', 'does not verify with a key registered under the org and kid the token names'],
      ['no kid', signEmbed(key, good, { kid: undefined }), 'header.kid', 'is required: name the embed key the token is signed with'],
      ["an algorithm other than the key's", signEmbed({ ...key, kid: es.kid }, good), 'signature', 'does not verify with a key registered under the org and kid the token names'],
      ['the wrong aud', signEmbed(key, { ...good, aud: 'someone-else' }), 'aud', 'must be "sightline"'],
      ['an iss naming no org', signEmbed(key, { ...good, iss: 'no-such-org' }), 'signature', 'does not verify with a key registered under the org and kid the token names'],
      ['no iss', signEmbed(key, { ...good, iss: undefined }), 'iss', 'is required: the org slug (or put it in an "org" claim)'],
      ['an empty org claim', signEmbed(key, { ...good, org: '' }), 'org', 'is required: the org slug (or put it in an "org" claim)'],
      ['no sub', signEmbed(key, noSub), 'sub', 'is required'],
      ['an unknown person', signEmbed(key, { ...good, sub: `ghost@${slug}.test` }), 'sub', `names no person of org ${slug}: ghost@${slug}.test`],
      ['a person of another org', signEmbed(key, { ...good, sub: emailOf(other.org, 'alice') }), 'sub', `names no person of org ${slug}: ${emailOf(other.org, 'alice')}`],
      ['an inactive person', signEmbed(key, { ...good, sub: emailOf(org, 'dave') }), 'sub', `${emailOf(org, 'dave')} is not an active person of org ${slug}`],
      ['an unreadable token', Promise.resolve('eyJhbGciOi.eyJzdWIi.c2ln'), '(token)', /^is not a readable JWT \(.+\)$/],
    ];
    const wrong: string[] = [];
    for (const [label, token, path, message] of cases) {
      const res = await call(app, 'GET', '/v1/me', { token: await token });
      const error = ApiError.safeParse(res.body);
      const issue = error.success ? error.data.error.issues?.[0] : undefined;
      const said = issue?.message ?? '';
      const saysIt = typeof message === 'string' ? said === message : message.test(said);
      if (res.status !== 401 || !error.success || error.data.error.code !== 'unauthorized' || issue?.path !== path || !saysIt) {
        wrong.push(`${label}: ${res.status} ${JSON.stringify(res.body)} (expected 401 naming ${path}: ${String(message)})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('allow exactly ten minutes of lifetime (plus 30 s of skew) and refuse one second more, on exp and on iat', async () => {
    const key = sharedSecretKey('hs');
    const { org } = await setUp(key);
    const now = nowSeconds();
    // A fixed clock: the boundary is one second wide, wider than nothing a busy machine may add.
    const resolve = embedResolver(ctx.database.db, { now: () => new Date(now * 1000) });
    const limit = 10 * 60 + 30;
    const verdict = async (iat: number, exp: number) => {
      const token = await signEmbed(key, { ...viewerClaims(org.slug, emailOf(org, 'alice')), iat, exp });
      return resolve(token).then(
        (principal) => principal?.personId,
        (error: HttpError) => error.toBody().error.issues?.[0]?.path,
      );
    };
    expect(await verdict(now, now + limit)).toBe(org.ids.alice);
    expect(await verdict(now, now + limit + 1)).toBe('exp');
    expect(await verdict(now - limit, now + 60)).toBe(org.ids.alice);
    expect(await verdict(now - limit - 1, now + 60)).toBe('iat');
  });

  it('answer every token that does not verify the same, whether or not its org and key exist', async () => {
    const key = sharedSecretKey('hs');
    const es = await keyPair('es', 'ES256', 'jwk');
    const { org } = await setUp(key, es);
    const app = createApp({ database: ctx.database });
    const good = viewerClaims(org.slug, emailOf(org, 'alice'));
    const tokens = {
      'no such org': await signEmbed(key, { ...good, iss: 'no-such-org' }),
      'no such org, NUL in iss': await signEmbed(key, { ...good, iss: `no-such-org\u0000` }),
      'the org, no such kid': await signEmbed({ ...key, kid: 'retired' }, good),
      'the org and kid, another secret': await signEmbed(sharedSecretKey('hs'), good),
      'the org and kid, another algorithm': await signEmbed({ ...key, kid: es.kid }, good),
      'the org and kid, another person named': await signEmbed(sharedSecretKey('hs'), { ...good, sub: 'nobody@nowhere.test' }),
    };
    const answers = new Map<string, string[]>();
    for (const [label, token] of Object.entries(tokens)) {
      const res = await call(app, 'GET', '/v1/me', { token });
      const answer = `${res.status} ${JSON.stringify(res.body)}`;
      answers.set(answer, [...(answers.get(answer) ?? []), label]);
    }
    expect([...answers.values()]).toEqual([Object.keys(tokens)]);
    expect([...answers.keys()][0]).toMatch(/^401 /);
  });

  it('leave credentials that are not JWTs to the other resolvers', async () => {
    const { org, app } = await setUp();
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.alice })).body.principal.kind).toBe('person');
    // Three dot-separated segments exactly: one more or a leading dot is not a JWT either.
    for (const token of ['not-a-jwt', 'a.b.c.d', '.a.b.c', 'a.b']) {
      const res = await call(app, 'GET', '/v1/me', { token });
      expect(res.body.error, token).toMatchObject({ code: 'unauthorized', message: 'the bearer token is invalid, expired or revoked' });
      expect(res.body.error.issues, token).toBeUndefined();
    }
  });

  it('pull exactly what the same person pulls with their own token', async () => {
    const key = sharedSecretKey('hs');
    const { org, app } = await setUp(key);
    const goal = (visibility: 'org' | 'team' | 'private') =>
      mutation('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, teamId: visibility === 'team' ? org.teams.support : null, title: `${visibility} goal`, visibility });
    await org.client('alice').pushOk([goal('org'), goal('team'), goal('private')]);
    await org.client('bob').pushOk(
      (['private', 'manager', 'subject', 'org'] as const).map((visibility) =>
        mutation('feedback.create', { id: uuidv7(), subjectId: org.ids.alice, kind: 'observation', body: `${visibility} note`, visibility, createdAt: '2026-02-21T09:00:00Z' }),
      ),
    );

    const seen = new Map<PersonName, unknown>();
    for (const who of ['alice', 'bob', 'manager', 'hr', 'dave'] as const) {
      const pull = (token: string) => call(app, 'GET', `/v1/sync/pull?clientId=${uuidv7()}`, { token });
      const byToken = await pull(org.tokens[who]);
      const byEmbed = await pull(await signEmbed(key, viewerClaims(org.slug, emailOf(org, who))));
      expect(byToken.status, who).toBe(200);
      expect(byEmbed.body, who).toEqual(byToken.body);
      seen.set(who, byToken.body.changes);
    }
    // The comparison means something only if the viewers see different things (hr sees what manager sees here).
    const distinct = (['alice', 'bob', 'manager', 'dave'] as const).map((who) => JSON.stringify(seen.get(who)));
    expect(new Set(distinct).size).toBe(4);
  });

  it('bind a sync client to the person, so a fresh token for the same viewer continues its queue', async () => {
    const key = sharedSecretKey('hs');
    const { org, app } = await setUp(key);
    const clientId = uuidv7();
    const feedback = (seq: number) => ({
      id: uuidv7(),
      seq,
      name: 'feedback.create',
      args: { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: `thanks #${seq}`, visibility: 'org', createdAt: '2026-02-21T09:00:00Z' },
      at: '2026-02-21T09:00:00Z',
    });
    const push = async (token: string, seq: number) =>
      (await call(app, 'POST', '/v1/sync/push', { token, json: { clientId, mutations: [feedback(seq)] } })).body.results?.[0]?.status;
    expect(await push(await signEmbed(key, viewerClaims(org.slug, emailOf(org, 'alice'))), 1)).toBe('applied');
    expect(await push(await signEmbed(key, viewerClaims(org.slug, org.ids.alice)), 2)).toBe('applied');
    expect(await push(org.tokens.alice, 3)).toBe('applied');
    const bob = await call(app, 'POST', '/v1/sync/push', { token: await signEmbed(key, viewerClaims(org.slug, emailOf(org, 'bob'))), json: { clientId, mutations: [feedback(4)] } });
    expect(bob.status).toBe(403);
  });

  it('reach only /v1/me and /v1/sync: never mint tokens or administer the org', async () => {
    const key = sharedSecretKey('hs');
    const { org, app } = await setUp(key);
    const token = await signEmbed(key, viewerClaims(org.slug, emailOf(org, 'admin')));
    expect((await call(app, 'GET', '/v1/me', { token })).status).toBe(200);
    expect((await call(app, 'GET', `/v1/sync/pull?clientId=${uuidv7()}`, { token })).status).toBe(200);
    for (const [method, path, json] of [
      ['POST', '/v1/auth/tokens', { kind: 'integration' }],
      ['GET', '/v1/admin/embed-keys', undefined],
      ['POST', '/v1/admin/embed-keys', sharedSecretKey('sneaky').registration],
      ['POST', '/v1/admin/people', { persons: [] }],
    ] as const) {
      const res = await call(app, method, path, { token, json });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.message).toMatch(/embed token/);
    }
  });
});
