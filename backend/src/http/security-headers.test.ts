import { expect, it } from 'vitest';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('security headers', (ctx) => {
  it('come with every response: answers and errors; HSTS only over https', async () => {
    const org = await createOrgFixture(ctx.database, 'headers');
    const app = createApp({ database: ctx.database });
    const auth = { headers: { authorization: `Bearer ${org.tokens.alice}` } };
    const responses = {
      health: await app.request('/healthz'),
      me: await app.request('/v1/me', auth),
      unauthorized: await app.request('/v1/me'),
      notFound: await app.request('/nowhere'),
      invalid: await app.request('/v1/sync/push', { ...auth, method: 'POST', body: '{' }),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), name).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), name).toBe('DENY');
      expect(res.headers.get('content-security-policy'), name).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('strict-transport-security'), name).toBeNull();
    }
    const secure = await app.request('https://sightline.test/healthz');
    expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const proxied = await app.request('/healthz', { headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
