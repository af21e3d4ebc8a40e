import type { Queries, QueryName, SightlineClient, SyncState } from '@sightline/sdk/client';
import { describe, expect, it, vi } from 'vitest';
import { SwitchableClient } from './switchable-client';

/**
 * TEST DOUBLE. An engine whose watches the test answers by hand (`emit`), recording what is
 * subscribed, so the switching itself can be observed step by step.
 */
class HandClient implements SightlineClient {
  readonly live = new Map<QueryName, Set<(result: unknown) => void>>();
  mutations = 0;
  /** Like an engine behind a closed port: it never hears the unsubscribe. */
  gone = false;

  async watch<Q extends QueryName>(query: Q, _params: Queries[Q]['params'], onChange: (result: Queries[Q]['result']) => void) {
    const listeners = this.live.get(query) ?? new Set();
    this.live.set(query, listeners);
    const listener = onChange as (result: unknown) => void;
    listeners.add(listener);
    return () => void (this.gone || listeners.delete(listener));
  }
  emit(query: QueryName, result: unknown) {
    for (const listener of this.live.get(query) ?? []) listener(result);
  }
  subscribers(query: QueryName) {
    return this.live.get(query)?.size ?? 0;
  }
  async mutate() {
    this.mutations++;
    return { id: 'm', seq: this.mutations };
  }
  async syncNow() {}
  async dismissRejection() {}
}

const SIGNED_OUT = { signedIn: false } as SyncState;

describe('SwitchableClient', () => {
  it('moves watches to the next engine and drops late results from the previous one', async () => {
    const client = new SwitchableClient({ whileDetached: { waitMs: 1000 } });
    const first = new HandClient();
    client.use(first);
    const seen: unknown[] = [];
    await client.watch('teams', {}, (teams) => seen.push(teams));
    first.emit('teams', ['from first']);

    first.gone = true;
    const second = new HandClient();
    client.use(second);
    await vi.waitFor(() => expect(second.subscribers('teams')).toBe(1));
    first.emit('teams', ['late, from first']);
    second.emit('teams', ['from second']);
    expect(seen).toEqual([['from first'], ['from second']]);
  });

  it('shows the detached result while there is no engine, and stops after unsubscribe', async () => {
    const client = new SwitchableClient({ whileDetached: { waitMs: 1000 }, detachedResult: (query) => (query === 'sync' ? (SIGNED_OUT as never) : undefined) });
    const sync: unknown[] = [];
    const teams: unknown[] = [];
    await client.watch('sync', {}, (state) => sync.push(state));
    const stopTeams = await client.watch('teams', {}, (result) => teams.push(result));
    expect(sync).toEqual([SIGNED_OUT]);
    expect(teams).toEqual([]);

    stopTeams();
    const engine = new HandClient();
    client.use(engine);
    await vi.waitFor(() => expect(engine.subscribers('sync')).toBe(1));
    expect(engine.subscribers('teams')).toBe(0);
  });

  it('lets calls wait for an engine, or fail at once when told to', async () => {
    const waiting = new SwitchableClient({ whileDetached: { waitMs: 1000 } });
    const pending = waiting.mutate('goal.delete', { id: '0190a4f0-0000-7000-8000-000000000000' });
    const engine = new HandClient();
    waiting.use(engine);
    await expect(pending).resolves.toEqual({ id: 'm', seq: 1 });

    await expect(new SwitchableClient({ whileDetached: { waitMs: 10 } }).syncNow()).rejects.toThrow(/did not answer within/);
    await expect(new SwitchableClient({ whileDetached: { fail: () => new Error('not signed in') } }).syncNow()).rejects.toThrow('not signed in');
  });

  it('keeps a watch whose engine went away while subscribing, and moves it to the next one', async () => {
    const client = new SwitchableClient({ whileDetached: { waitMs: 1000 } });
    let refuse: (error: Error) => void = () => {};
    // An engine behind a port that closes before it answers the subscription.
    const closing = new HandClient();
    closing.watch = () => new Promise<never>((_, reject) => (refuse = reject));
    client.use(closing);
    const seen: unknown[] = [];
    const subscribing = client.watch('teams', {}, (teams) => seen.push(teams));
    client.use(null);
    refuse(new Error('the port closed'));
    const stop = await subscribing;

    const next = new HandClient();
    client.use(next);
    await vi.waitFor(() => expect(next.subscribers('teams')).toBe(1));
    next.emit('teams', ['from the next engine']);
    expect(seen).toEqual([['from the next engine']]);
    stop();
    expect(next.subscribers('teams')).toBe(0);
  });

  it('still fails a watch the engine itself refused', async () => {
    const client = new SwitchableClient({ whileDetached: { waitMs: 1000 } });
    const refusing = new HandClient();
    refusing.watch = () => Promise.reject(new Error('unknown query'));
    client.use(refusing);
    await expect(client.watch('teams', {}, () => {})).rejects.toThrow('unknown query');
  });
});
