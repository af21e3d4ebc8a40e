import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GoalNode, SyncState } from '../client';
import { SightlineDb } from './db';
import { mutate } from './local/mutate';
import { writeMeta } from './meta';
import type { LocalSyncState, QueryContext } from './queries';
import { goalArgs, openTestDb } from './testing/fixtures';
import { watchQuery } from './watch';

const OPENED_AT = '2026-05-16T12:00:00.000Z';
let db: SightlineDb;
afterEach(() => db.delete());

function localState(initial: LocalSyncState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
    set(next: LocalSyncState) {
      state = next;
      listeners.forEach((l) => l());
    },
  };
}

describe('watchQuery', () => {
  it('emits the current result, again on every change from any connection, and nothing after unsubscribe', async () => {
    db = await openTestDb();
    const otherTab = new SightlineDb(db.name);
    const ctx: QueryContext = { now: () => new Date(), local: localState({ leader: false, online: true, openedAt: OPENED_AT }) };
    const seen: GoalNode[][] = [];
    const unsubscribe = watchQuery(db, 'goalTree', {}, ctx, (nodes) => seen.push(nodes));
    await vi.waitFor(() => expect(seen).toEqual([[]]));

    await mutate(otherTab, 'goal.create', goalArgs({ title: 'From the other tab' }));
    await vi.waitFor(() => expect(seen.at(-1)?.map((n) => [n.goal.title, n.pending])).toEqual([['From the other tab', true]]));

    // A watch subscribed later hears every change after the first one does: once it shows the
    // next goal, the unsubscribed watch would have emitted it too.
    const witness: GoalNode[][] = [];
    const stopWitness = watchQuery(db, 'goalTree', {}, ctx, (nodes) => witness.push(nodes));
    await vi.waitFor(() => expect(witness).toHaveLength(1));
    unsubscribe();
    const count = seen.length;
    await mutate(otherTab, 'goal.create', goalArgs({ title: 'After unsubscribe' }));
    await vi.waitFor(() => expect(witness.at(-1)?.map((n) => n.goal.title)).toContain('After unsubscribe'));
    expect(seen).toHaveLength(count);
    stopWitness();
    otherTab.close();
  });

  it('re-runs the sync query when this tab’s role or connectivity changes', async () => {
    db = await openTestDb();
    const local = localState({ leader: false, online: true, openedAt: OPENED_AT });
    const seen: SyncState[] = [];
    const unsubscribe = watchQuery(db, 'sync', {}, { now: () => new Date(), local }, (state) => seen.push(state));
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ leader: false, online: true }));
    local.set({ leader: true, online: false, openedAt: OPENED_AT });
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ leader: true, online: false }));
    unsubscribe();
  });

  it('holds a new device’s first result until its first pull lands, so the first view is complete', async () => {
    db = await openTestDb();
    const ctx: QueryContext = { now: () => new Date(), local: localState({ leader: true, online: true, openedAt: OPENED_AT }) };
    const seen: string[][] = [];
    const unsubscribe = watchQuery(db, 'goalTree', {}, ctx, (nodes) => seen.push(nodes.map((n) => n.goal.title)), { awaitFirstPull: true });
    await mutate(db, 'goal.create', goalArgs({ title: 'Pulled' }));
    await writeMeta(db, 'sync', { signedIn: true, error: null, lastSyncedAt: OPENED_AT });
    await vi.waitFor(() => expect(seen).toEqual([['Pulled']]));
    unsubscribe();
  });

  it('stops holding when the device goes offline or the first pull fails, showing what it has', async () => {
    db = await openTestDb();
    const local = localState({ leader: true, online: true, openedAt: OPENED_AT });
    const seen: GoalNode[][] = [];
    const unsubscribe = watchQuery(db, 'goalTree', {}, { now: () => new Date(), local }, (nodes) => seen.push(nodes), { awaitFirstPull: true });
    local.set({ leader: true, online: false, openedAt: OPENED_AT });
    await vi.waitFor(() => expect(seen).toEqual([[]]));
    unsubscribe();

    const failed: GoalNode[][] = [];
    const online = localState({ leader: true, online: true, openedAt: OPENED_AT });
    const stop = watchQuery(db, 'goalTree', {}, { now: () => new Date(), local: online }, (nodes) => failed.push(nodes), { awaitFirstPull: true });
    await writeMeta(db, 'sync', { signedIn: true, error: 'the server is unreachable', lastSyncedAt: null });
    await vi.waitFor(() => expect(failed).toEqual([[]]));
    stop();
  });
});
