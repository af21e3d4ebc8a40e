import { expect, it, vi } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { sseEvents } from '../../test/helpers/sse';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import type { ChangeFanout } from '../events/change-feed';


describeStorage('sync events (SSE)', (ctx) => {
  it('pokes a stream after a push it may see, skips what it may not, and heartbeats', async () => {
    const org = await createOrgFixture(ctx.database);
    const shutdown = new AbortController();
    const app = createApp({ database: ctx.database, heartbeatMs: 50, signal: shutdown.signal });
    const res = await app.request('/v1/sync/events', { headers: { authorization: `Bearer ${org.tokens.bob}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = sseEvents(res.body!);
    await events.next(); // the catch-up poke on connect
    await events.until(/: heartbeat\n\n/);

    // Alice's private goal is not Bob's business; the org-visible one is.
    await org.client('alice').pushOk([call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Quiet', visibility: 'private' })]);
    const visible = await org.client('alice').pushOk([call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Loud', visibility: 'org' })]);
    expect(await events.next()).toBe(`{"version":${visible.version}}`);

    shutdown.abort();
    await expect(events.until(/never/)).rejects.toThrow(/stream ended/);
  });

  it('pokes those whose view an access change alters (even with no row left to see), not the rest of the org', async () => {
    const org = await createOrgFixture(ctx.database);
    const shutdown = new AbortController();
    const app = createApp({ database: ctx.database, signal: shutdown.signal });
    const stream = async (token: string) => {
      const events = sseEvents((await app.request('/v1/sync/events', { headers: { authorization: `Bearer ${token}` } })).body!);
      await events.next(); // the catch-up poke on connect
      return events;
    };
    const goalId = uuidv7();
    const manager = org.client('manager');
    await manager.pushOk([call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'team', teamId: org.teams.support, title: 'Backlog under 50', visibility: 'team' })]);
    const [alice, dave] = [await stream(org.tokens.alice), await stream(org.tokens.dave)];

    // Made private to the manager: Alice loses it and must reset; Dave never saw it.
    const rescoped = await manager.pushOk([call('goal.update', { id: goalId, patch: { visibility: 'private', ownerId: org.ids.manager } })]);
    expect(await alice.next()).toBe(`{"version":${rescoped.version}}`);
    const later = await org.client('alice').pushOk([call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Loud', visibility: 'org' })]);
    expect(await dave.next()).toBe(`{"version":${later.version}}`);
    shutdown.abort();
  });

  it('lets go of a stream when the client disconnects', async () => {
    const org = await createOrgFixture(ctx.database);
    const changes = ctx.database.changes as ChangeFanout;
    const app = createApp({ database: ctx.database });
    const res = await app.request('/v1/sync/events', { headers: { authorization: `Bearer ${org.tokens.alice}` } });
    const events = sseEvents(res.body!);
    await events.next();
    expect(changes.size).toBe(1);
    await events.cancel();
    await vi.waitFor(() => expect(changes.size).toBe(0));
  });
});
