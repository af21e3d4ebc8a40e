import { expect, it } from 'vitest';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('shutting down', (ctx) => {
  it('refuses new event streams and closes each connection after its answer', async () => {
    const org = await createOrgFixture(ctx.database, 'shutdown');
    const shutdown = new AbortController();
    const app = createApp({ database: ctx.database, signal: shutdown.signal });
    const auth = { headers: { authorization: `Bearer ${org.tokens.alice}` } };
    const before = await app.request('/v1/me', auth);
    expect(before.headers.get('connection')).toBeNull();

    shutdown.abort();
    const events = await app.request('/v1/sync/events', auth);
    expect(events.status).toBe(503);
    expect(events.headers.get('retry-after')).toBe('1');
    expect(events.headers.get('connection')).toBe('close');
    const me = await app.request('/v1/me', auth);
    expect(me.status).toBe(200);
    expect(me.headers.get('connection')).toBe('close');
  });
});
