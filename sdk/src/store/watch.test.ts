import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GoalNode, SyncState } from '../client';
import { SightlineDb } from './db';
import { mutate } from './local/mutate';
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
});
