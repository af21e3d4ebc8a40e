import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { expect, it } from 'vitest';
import { keyPair, sharedSecretKey, signEmbed, viewerClaims } from '../../test/helpers/embed-keys';
import { call } from '../../test/helpers/http';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('embed key admin routes', (ctx) => {
  const setUp = async () => {
    const org = await createOrgFixture(ctx.database, 'keys');
    return { org, app: createApp({ database: ctx.database }) };
  };

  it('register, list without secrets, and refuse a kid twice', async () => {
    const { org, app } = await setUp();
    const hs = sharedSecretKey('intranet-2026');
    const es = await keyPair('intranet-es', 'ES256', 'pem');
    const created = await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: hs.registration });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ kid: 'intranet-2026', alg: 'HS256', createdBy: org.ids.admin, createdAt: expect.any(String) });
    expect((await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: es.registration })).status).toBe(201);

    const again = await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: sharedSecretKey('intranet-2026').registration });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('kid_exists');

    const listed = await call(app, 'GET', '/v1/admin/embed-keys', { token: org.tokens.admin });
    expect(listed.body.keys.map((k: { kid: string; alg: string }) => [k.kid, k.alg])).toEqual([
      ['intranet-2026', 'HS256'],
      ['intranet-es', 'ES256'],
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(hs.registration.secret as string);
  });

  it('answer 422 naming the field for a short secret, a private or unusable key, or material of the wrong kind', async () => {
    const { org, app } = await setUp();
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a short secret', { kid: 'k', alg: 'HS256', secret: 'too-short' }, 'secret'],
      ['a private JWK', { kid: 'k', alg: 'RS256', publicKey: await exportJWK(rsa.privateKey) }, 'publicKey'],
      ['a private PEM', { kid: 'k', alg: 'RS256', publicKey: await exportPKCS8(rsa.privateKey) }, 'publicKey'],
      ['an RSA key for ES256', { kid: 'k', alg: 'ES256', publicKey: await exportJWK(rsa.publicKey) }, 'publicKey'],
      ['a PEM that is not one', { kid: 'k', alg: 'ES256', publicKey: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' }, 'publicKey'],
      ['a kid with a slash', { kid: 'a/b', alg: 'HS256', secret: 'x'.repeat(40) }, 'kid'],
      ['an algorithm not offered', { kid: 'k', alg: 'none', secret: 'x'.repeat(40) }, 'alg'],
    ];
    for (const [label, json, path] of cases) {
      const res = await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json });
      expect(res.status, label).toBe(422);
      expect(res.body.error.issues.map((i: { path: string }) => i.path), label).toContain(path);
    }
    const mixed = await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: { kid: 'k', alg: 'HS256', secret: 'x'.repeat(40), publicKey: 'pem' } });
    expect(mixed.status).toBe(422);
    expect(mixed.body.error.message).toMatch(/publicKey/);
    expect((await call(app, 'GET', '/v1/admin/embed-keys', { token: org.tokens.admin })).body.keys).toEqual([]);
  });

  it('are for org admins only, and only ever show and delete their own org\'s keys', async () => {
    const { org, app } = await setUp();
    const other = await createOrgFixture(ctx.database, 'keys-other');
    const key = sharedSecretKey('shared-kid');
    for (const who of ['hr', 'manager', 'alice'] as const) {
      expect((await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens[who], json: key.registration })).status, who).toBe(403);
    }
    expect((await call(app, 'GET', '/v1/admin/embed-keys', { token: org.integrationKey })).status).toBe(403);

    await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: key.registration });
    expect((await call(app, 'GET', '/v1/admin/embed-keys', { token: other.tokens.admin })).body.keys).toEqual([]);
    expect((await call(app, 'DELETE', '/v1/admin/embed-keys/shared-kid', { token: other.tokens.admin })).status).toBe(404);
    const token = await signEmbed(key, viewerClaims(org.slug, `alice@${org.slug}.test`));
    expect((await call(app, 'GET', '/v1/me', { token })).status).toBe(200);
  });

  it('delete a key, after which its tokens are refused at once', async () => {
    const { org, app } = await setUp();
    const key = await keyPair('rotating', 'RS256', 'jwk');
    await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: key.registration });
    const token = await signEmbed(key, viewerClaims(org.slug, `bob@${org.slug}.test`));
    expect((await call(app, 'GET', '/v1/me', { token })).status).toBe(200);

    expect((await call(app, 'DELETE', '/v1/admin/embed-keys/rotating', { token: org.tokens.admin })).body).toEqual({ kid: 'rotating', deleted: true });
    const refused = await call(app, 'GET', '/v1/me', { token });
    expect(refused.status).toBe(401);
    // A deleted key is answered like any token that does not verify: nothing tells it existed.
    expect(refused.body.error.issues[0].path).toBe('signature');
    expect((await call(app, 'DELETE', '/v1/admin/embed-keys/rotating', { token: org.tokens.admin })).status).toBe(404);
  });
});
