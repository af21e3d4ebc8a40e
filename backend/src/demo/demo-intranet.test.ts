import { beforeAll, expect, it } from 'vitest';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { seedDemo } from '../seed/seed';
import { createIntranetApp } from './intranet-routes';
import { DEMO_KID, prepareDemo, type DemoIntranetConfig } from './prepare-demo';

const metaContent = (html: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

describeStorage('demo intranet', (ctx) => {
  let beforeSeeding: DemoIntranetConfig | null;
  let config: DemoIntranetConfig;
  beforeAll(async () => {
    beforeSeeding = await prepareDemo(ctx.database);
    await seedDemo(ctx.database);
    config = (await prepareDemo(ctx.database))!;
  });
  const page = async (query = '') => {
    const res = await createApp({ database: ctx.database, demo: config }).request(`/demo${query}`);
    return { res, html: await res.text() };
  };

  it('has nothing to show before the demo org is seeded, then registers its embed key once', async () => {
    expect(beforeSeeding).toBeNull();
    const again = (await prepareDemo(ctx.database))!;
    expect(again.key).toEqual(config.key);
    const keys = await ctx.database.db.selectFrom('embedKeys').select(['kid', 'alg']).execute();
    expect(keys).toEqual([{ kid: DEMO_KID, alg: 'HS256' }]);
    expect(config.viewers.map((v) => v.name)).toEqual(['Tomás Silva', 'Lena Vogel', 'Priya Natarajan', "Ryan O'Connor", 'Amara Okafor']);
  });

  it('serves the page under a strict CSP, with every element and no inline script or style', async () => {
    const { res, html } = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    for (const element of ['sightline-goals', 'sightline-kpi', 'sightline-feedback', 'sightline-checkin', 'sightline-sync-status', 'sightline-requests', 'sightline-feedback-feed']) {
      expect(html, element).toContain(`<${element}`);
    }
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    // The SDK's script is added by intranet.js after the first paint, from this address.
    expect(scripts.map((s) => s[1]!.trim())).toEqual(['src="/demo/assets/intranet.js"']);
    expect(html).toContain('<meta name="sightline-sdk" content="/sdk/esm/sightline.js" data-module />');
    expect(html).toContain('<link rel="stylesheet" href="/sdk/sightline.css" />');
    expect(scripts.every((s) => s[2] === '')).toBe(true);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('signs the widgets in as the default viewer, or as the one picked with ?as=', async () => {
    const app = createApp({ database: ctx.database, demo: config });
    for (const [query, name] of [
      ['', 'Tomás Silva'],
      ['?as=lena.vogel%40northwind.example', 'Lena Vogel'],
    ]) {
      const { html } = await page(query);
      expect(html).toContain(`Signed in as <strong>${name}</strong>`);
      expect(metaContent(html, 'sightline-endpoint')).toBe('http://localhost');
      const me = await call(app, 'GET', '/v1/me', { token: metaContent(html, 'sightline-token') });
      expect(me.body).toMatchObject({ principal: { kind: 'embed' }, person: { name } });
    }
    const metric = /<sightline-kpi metric="([^"]+)"/.exec((await page()).html)![1]!;
    const row = await ctx.database.db.selectFrom('metrics').select('name').where('id', '=', metric).executeTakeFirstOrThrow();
    expect(row.name).toBe('Customer satisfaction (CSAT)');
  });

  it('reuses a viewer\'s token across page views instead of signing a new one each time', async () => {
    const tokens = await Promise.all([page('?as=priya.natarajan@northwind.example'), page('?as=priya.natarajan@northwind.example'), page()]);
    const [first, second, other] = tokens.map(({ html }) => metaContent(html, 'sightline-token'));
    expect(second).toBe(first);
    expect(other).not.toBe(first);
  });

  it('hands the page a fresh token for the same viewer when it asks before expiry', async () => {
    const app = createApp({ database: ctx.database, demo: config });
    const res = await call(app, 'GET', '/demo/token?as=ryan.oconnor@northwind.example');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.expiresAt - Date.now() / 1000).toBeGreaterThan(500);
    expect((await call(app, 'GET', '/v1/me', { token: res.body.token })).body.person.name).toBe("Ryan O'Connor");
    const { html } = await page('?as=ryan.oconnor@northwind.example');
    expect(Number(metaContent(html, 'sightline-token-expires'))).toBe(res.body.expiresAt);
    expect((await call(app, 'GET', '/demo/token?as=nobody@northwind.example')).status).toBe(400);
  });

  it('loads the single-file build when asked, and refuses unknown viewers and builds with a 400 naming the parameter', async () => {
    const single = await page('?sdk=single-file');
    expect(single.html).toContain('<meta name="sightline-sdk" content="/sdk/sightline.js" />');
    expect(single.html).not.toContain('/sdk/esm/');
    for (const [query, path, hint] of [
      ['?as=someone@elsewhere.example', 'as', 'tomas.silva@northwind.example'],
      ['?sdk=umd', 'sdk', 'single-file'],
    ] as const) {
      const { res, html: body } = await page(query);
      expect(res.status, query).toBe(400);
      expect(JSON.parse(body).error.issues, query).toEqual([{ path, message: expect.stringContaining(hint) }]);
    }
  });

  it('redirects / to the page, keeping the viewer, and serves the page assets', async () => {
    const app = createApp({ database: ctx.database, demo: config });
    const home = await app.request('/?as=lena.vogel@northwind.example');
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/demo?as=lena.vogel@northwind.example');
    expect((await app.request('/demo/assets/intranet.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await app.request('/demo/assets/intranet.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('points the page at a Sightline server on another origin and lets it connect there', async () => {
    const intranet = createIntranetApp({ ...config, sightlineUrl: 'http://127.0.0.1:8787' });
    const res = await intranet.request('http://intranet.test/demo');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' http://127.0.0.1:8787;");
    expect(metaContent(await res.text(), 'sightline-endpoint')).toBe('http://127.0.0.1:8787');
  });
});
