import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { mutate, patchMeta, readMeta } from '../store';
import { goalArgs, serverGoal } from '../store/testing/fixtures';
import { withStatuses } from './testing/faults';
import { Harness, pulls, pushes, type HarnessOptions } from './testing/harness';

let harness: Harness;
const start = (options?: HarnessOptions) => (harness = new Harness(options));
afterEach(() => harness.close());

describe('SyncEngine: push and pull', () => {
  it('pushes local mutations, then pulls the server rows and acknowledges them in one step', async () => {
    const { db, engine, clientId } = await start().tab();
    const args = goalArgs();
    const { id } = await mutate(db, 'goal.create', args);
    engine.start();

    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
    expect(harness.server.applications(id)).toBe(1);
    expect(harness.server.lastSeq(await clientId())).toBe(1);
    expect(await db.rows('goals').get(args.id)).toMatchObject({ version: 1, orgId: harness.server.rows('goals')[0]!.orgId });
    expect(await readMeta(db, 'sync')).toMatchObject({ signedIn: true, error: null, lastSyncedAt: expect.any(String) });
  });

  it('pushes what is queued whenever the outbox grows while leading', async () => {
    const { db, engine } = await start().tab();
    engine.start();
    await vi.waitFor(() => expect(engine.leader).toBe(true));
    for (let i = 0; i < 3; i++) await mutate(db, 'goal.create', goalArgs());
    await vi.waitFor(() => expect(harness.server.rows('goals')).toHaveLength(3));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
  });

  it('pulls when poked with a newer version, without waiting for the timer', async () => {
    const first = await start().tab();
    const second = await harness.tab();
    first.engine.start();
    await vi.waitFor(() => expect(pulls(first)).toHaveLength(1));
    second.engine.start();
    const args = goalArgs();
    await mutate(second.db, 'goal.create', args);
    await vi.waitFor(async () => expect(await first.db.rows('goals').get(args.id)).toBeDefined());
  });

  it('reconnects a dropped poke stream after a backoff and keeps following it', async () => {
    const first = await start().tab();
    const second = await harness.tab();
    const streams = () => first.requests.filter((r) => r.route === 'GET /v1/sync/events');
    first.engine.start();
    await vi.waitFor(() => expect(streams()).toHaveLength(1));
    harness.server.dropEventStreams();
    await harness.timers.waitFor(500);
    expect(streams()).toHaveLength(1);
    harness.timers.advance(500);
    await vi.waitFor(() => expect(streams()).toHaveLength(2));

    second.engine.start();
    const args = goalArgs();
    await mutate(second.db, 'goal.create', args);
    await vi.waitFor(async () => expect(await first.db.rows('goals').get(args.id)).toBeDefined());
  });

  it('drains a large offline queue in batches of at most 500 once back online, dropping nothing', async () => {
    const { db, engine, clientId } = await start().tab();
    harness.network.set(false);
    engine.start();
    await vi.waitFor(() => expect(engine.leader).toBe(true));
    // Watches the outbox like the leader does, but from later on: when it sees the last entry,
    // the leader has seen it too and asked for a push, which going offline must hold back.
    let queued: unknown;
    const watching = liveQuery(() => db.outbox.toCollection().lastKey()).subscribe({ next: (last) => (queued = last) });
    for (let i = 0; i < 1203; i++) await mutate(db, 'metric.record', { id: goalArgs().id, metricId: goalArgs().id, value: i, at: new Date().toISOString() });
    await vi.waitFor(() => expect(queued).toBe(1203));
    watching.unsubscribe();
    expect(harness.tabs[0]!.requests).toEqual([]);

    harness.network.set(true);
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0), { timeout: 50_000 });
    expect(pushes(harness.tabs[0]!)).toHaveLength(3);
    expect(harness.server.lastSeq(await clientId())).toBe(1203);
    expect(await db.rows('metricValues').count()).toBe(1203);
    // 1203 IndexedDB commits: seconds on a shared machine, far past the 5 s default.
  }, 60_000);
});

describe('SyncEngine: failures', () => {
  it('forgets the last problem of an earlier session on taking the lead, so it shows only its own', async () => {
    const tab = await start().tab();
    await patchMeta(tab.db, 'sync', { error: 'network error: from yesterday' });
    harness.network.set(false);
    tab.engine.start();
    await vi.waitFor(async () => expect((await readMeta(tab.db, 'sync')).error).toBeNull());
    expect(tab.requests).toEqual([]);
  });

  it('backs off with full jitter on 503, surfaces the error, and recovers', async () => {
    const tab = await start({ wrapFetch: (f) => withStatuses(f, /\/push$/, [{ status: 503 }, { status: 503 }, { status: 503 }]) }).tab();
    await mutate(tab.db, 'goal.create', goalArgs());
    tab.engine.start();
    const { timers } = harness;

    // random() is 0.5: half of 1 s, 2 s, 4 s.
    for (const delay of [500, 1000, 2000]) {
      await timers.waitFor(delay);
      expect((await readMeta(tab.db, 'sync')).error).toMatch(/server busy/);
      timers.advance(delay);
    }
    await vi.waitFor(async () => expect(await tab.db.outbox.count()).toBe(0));
    expect(pushes(tab).map((p) => p.at)).toEqual([0, 500, 1500, 3500]);
    expect((await readMeta(tab.db, 'sync')).error).toBeNull();
  });

  it('waits exactly as long as Retry-After says', async () => {
    const tab = await start({ wrapFetch: (f) => withStatuses(f, /\/push$/, [{ status: 429, headers: { 'retry-after': '7' } }]) }).tab();
    await mutate(tab.db, 'goal.create', goalArgs());
    tab.engine.start();
    await harness.timers.waitFor(7000);
    harness.timers.advance(6999);
    expect(pushes(tab)).toHaveLength(1);
    harness.timers.advance(1);
    await vi.waitFor(() => expect(pushes(tab)).toHaveLength(2));
  });

  it('cuts a backoff short when the device comes back online', async () => {
    const tab = await start({ wrapFetch: (f) => withStatuses(f, /\/push$/, [{ status: 503 }]) }).tab();
    await mutate(tab.db, 'goal.create', goalArgs());
    tab.engine.start();
    await harness.timers.waitFor(500);
    harness.network.set(false);
    harness.network.set(true);
    await vi.waitFor(async () => expect(await tab.db.outbox.count()).toBe(0));
    expect(pushes(tab).map((p) => p.at)).toEqual([0, 0]);
  });

  it("stops on 401 with signedIn false and the server's reason, reports it once, and never sends that token again", async () => {
    const issues = [{ path: 'exp', message: 'the token has expired; mint a new one' }];
    const body = { error: { code: 'unauthorized', message: 'embed token rejected: exp: the token has expired; mint a new one', issues } };
    const refusals: unknown[] = [];
    const tab = await start({
      wrapFetch: (f) => withStatuses(f, /\/v1\/me$/, [{ status: 401, body }]),
      engine: { onRefused: (error) => refusals.push(error) },
    }).tab();
    await mutate(tab.db, 'goal.create', goalArgs());
    tab.engine.start();
    await vi.waitFor(async () =>
      expect(await readMeta(tab.db, 'sync')).toMatchObject({ signedIn: false, error: 'not signed in: embed token rejected: exp: the token has expired; mint a new one' }),
    );
    expect(harness.timers.delays()).toEqual([3_600_000]);
    expect(await tab.db.outbox.count()).toBe(1);
    expect(refusals).toEqual([expect.objectContaining({ issues })]);

    // Asking again, coming back online, the timer: none of them sends the refused token anew.
    const sent = tab.requests.length;
    await tab.engine.syncNow();
    harness.network.set(false);
    harness.network.set(true);
    await tab.engine.syncNow();
    expect(tab.requests.slice(sent)).toEqual([]);
    expect(await tab.db.outbox.count()).toBe(1);
    expect(refusals).toHaveLength(1);
  });

  it('surfaces a 4xx as a bug, keeps the outbox and still pulls', async () => {
    const tab = await start({
      wrapFetch: (f) => withStatuses(f, /\/push$/, [{ status: 400, body: { error: { code: 'invalid_request', message: 'mutations.0.at: bad' } } }]),
    }).tab();
    await harness.server.fetch(`http://x/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: 'Bearer token-ada' },
      body: JSON.stringify({ clientId: goalArgs().id, mutations: [{ id: goalArgs().id, seq: 1, name: 'goal.create', args: goalArgs(), at: new Date().toISOString() }] }),
    });
    await mutate(tab.db, 'goal.create', goalArgs());
    tab.engine.start();
    await vi.waitFor(async () => expect((await readMeta(tab.db, 'sync')).error).toBe('mutations.0.at: bad'));
    expect(await tab.db.outbox.count()).toBe(1);
    expect(pulls(tab)).toHaveLength(1);
    expect(await tab.db.rows('goals').count()).toBe(2);
  });

  it('recovers from seq_gap by resending from the seq the server expects', async () => {
    const tab = await start().tab();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await mutate(tab.db, 'goal.create', goalArgs())).id);
    // As if the server had confirmed 1..2 and then lost them (restored from a backup).
    await tab.db.meta.put({ key: 'seq', value: { next: 4, pushed: 2 } });
    tab.engine.start();
    await vi.waitFor(async () => expect(await tab.db.outbox.count()).toBe(0));
    expect(ids.map((id) => harness.server.applications(id))).toEqual([1, 1, 1]);
    expect(pushes(tab)).toHaveLength(2);
  });

  it('keeps a rejection with its reason, undoes the optimistic change, and forgets it when dismissed', async () => {
    const tab = await start().tab();
    const onlyHere = serverGoal({ title: 'Deleted on the server' });
    await tab.db.rows('goals').put(onlyHere);
    const { id } = await mutate(tab.db, 'goal.update', { id: onlyHere.id, patch: { title: 'Renamed' } });
    tab.engine.start();
    await vi.waitFor(async () => expect(await tab.db.outbox.count()).toBe(0));

    expect(await tab.db.rejections.toArray()).toEqual([
      { mutationId: id, seq: 1, name: 'goal.update', reason: 'id: no such row in goals', args: { id: onlyHere.id, patch: { title: 'Renamed' } }, at: expect.any(String) },
    ]);
    // The server never had the row, so the reset pull removes it along with our edit.
    expect(await tab.db.rows('goals').get(onlyHere.id)).toBeUndefined();
    await tab.db.rejections.delete(id);
    expect(await tab.db.rejections.count()).toBe(0);
  });
});
