import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '../model';
import { mutate, readMeta } from '../store';
import { goalArgs } from '../store/testing/fixtures';
import { Harness, pulls, pushes } from './testing/harness';
import { MemoryLocks } from './testing/memory-locks';

let harness: Harness;
afterEach(() => harness.close());

/** Two tabs of one account: the first leads and has pulled for itself and for the second starting. */
async function twoTabs() {
  harness = new Harness({ locks: new MemoryLocks() });
  const dbName = `tabs-${uuidv7()}`;
  const first = await harness.tab(dbName);
  const second = await harness.tab(dbName);
  first.engine.start();
  await vi.waitFor(() => expect(pulls(first)).toHaveLength(1));
  second.engine.start();
  await vi.waitFor(() => expect(pulls(first)).toHaveLength(2));
  return { first, second };
}

describe('leadership across tabs', () => {
  it('lets only the leader talk to the server; a follower’s mutations go out through it', async () => {
    const { first, second } = await twoTabs();
    expect(second.engine.leader).toBe(false);
    const { id } = await mutate(second.db, 'goal.create', goalArgs());
    await vi.waitFor(() => expect(harness.server.applications(id)).toBe(1));
    await vi.waitFor(async () => expect(await second.db.outbox.count()).toBe(0));
    // One mutation, one push, sent by the leader.
    expect(pushes(first)).toHaveLength(1);
    expect(second.requests).toEqual([]);
  });

  it('pulls through the leader when a tab starts, so the new tab need not wait for a timed pull', async () => {
    const { first, second } = await twoTabs();
    expect(first.engine.leader).toBe(true);
    expect(second.engine.leader).toBe(false);
    expect(second.requests).toEqual([]);
    expect(await readMeta(second.db, 'sync')).toMatchObject({ lastSyncedAt: expect.any(String) });
  });

  it('hands over when the leader stops, and the new leader carries on with the same outbox', async () => {
    const { first, second } = await twoTabs();
    await first.engine.stop();
    await vi.waitFor(() => expect(second.engine.leader).toBe(true));
    expect(first.engine.leader).toBe(false);
    const { id } = await mutate(first.db, 'goal.create', goalArgs());
    await vi.waitFor(() => expect(harness.server.applications(id)).toBe(1));
    expect(pushes(second)).toHaveLength(1);
  });

  it('forwards a follower’s syncNow to the leader', async () => {
    const { first, second } = await twoTabs();
    await second.engine.syncNow();
    await vi.waitFor(() => expect(pulls(first)).toHaveLength(3));
    expect(second.requests).toEqual([]);
  });
});
