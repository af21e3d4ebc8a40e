import { expect, it } from 'vitest';
import { sharedSecretKey, signEmbed, viewerClaims } from '../../test/helpers/embed-keys';
import { call } from '../../test/helpers/http';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

const INTRANET = 'https://intranet.origins.test';

describeStorage('embed origins', (ctx) => {
  it("refuse an org's embed tokens from pages of origins its admin did not list, and only those", async () => {
    const org = await createOrgFixture(ctx.database, 'origins');
    const other = await createOrgFixture(ctx.database, 'origins-other');
    const app = createApp({ database: ctx.database });
    const key = sharedSecretKey('k1');
    expect((await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: key.registration })).status).toBe(201);
    const embed = await signEmbed(key, viewerClaims(org.slug, `alice@${org.slug}.test`));
    const meFrom = (origin?: string, token = embed) => call(app, 'GET', '/v1/me', { token, headers: origin ? { origin } : {} });

    // No list yet: any origin, as before.
    expect((await meFrom('https://elsewhere.test')).status).toBe(200);
    const saved = await call(app, 'PUT', '/v1/admin/embed-origins', { token: org.tokens.admin, json: { origins: [INTRANET, INTRANET] } });
    expect(saved.body).toEqual({ origins: [INTRANET] });
    expect((await call(app, 'GET', '/v1/admin/embed-origins', { token: org.tokens.admin })).body).toEqual({ origins: [INTRANET] });

    expect((await meFrom(INTRANET)).status).toBe(200);
    const foreign = await meFrom('https://elsewhere.test');
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toMatch(/only from pages of https:\/\/intranet\.origins\.test/);
    // A server-side call (no Origin) and the org's own person tokens are not embeds in a page.
    expect((await meFrom()).status).toBe(200);
    expect((await meFrom('https://elsewhere.test', org.tokens.alice)).status).toBe(200);
    // Another org's list is its own.
    expect((await call(app, 'GET', '/v1/admin/embed-origins', { token: other.tokens.admin })).body).toEqual({ origins: [] });
  });

  it('accept only bare origins, naming the entry, and only from admins', async () => {
    const org = await createOrgFixture(ctx.database, 'origins-bad');
    const app = createApp({ database: ctx.database });
    for (const bad of [`${INTRANET}/`, `${INTRANET}/path`, 'intranet.test', 'ftp://intranet.test', 'https://a\u0000b.test']) {
      const res = await call(app, 'PUT', '/v1/admin/embed-origins', { token: org.tokens.admin, json: { origins: [INTRANET, bad] } });
      expect(res.status, bad).toBe(422);
      expect(res.body.error.issues[0].path, bad).toBe('origins.1');
    }
    expect((await call(app, 'PUT', '/v1/admin/embed-origins', { token: org.tokens.hr, json: { origins: [] } })).status).toBe(403);
    expect((await call(app, 'GET', '/v1/admin/embed-origins', { token: org.tokens.admin })).body).toEqual({ origins: [] });
  });
});
