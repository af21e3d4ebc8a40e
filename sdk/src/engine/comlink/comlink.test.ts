import 'fake-indexeddb/auto';
import { runInNewContext } from 'node:vm';
import type { Endpoint } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '../../model';
import type { GoalNode, SightlineClient } from '../../client';
import { ValidationError } from '../../store';
import { ADA, goalArgs } from '../../store/testing/fixtures';
import { MemorySyncServer } from '../../sync/testing/memory-server';
import { createClient, type LocalClient } from '../create-client';
import { exposeClient } from './expose';
import { portEndpoint, type RuntimePortLike } from './port-endpoint';
import { wrapClient } from './wrap';

const TOKEN = 'token-ada';
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function realClient(): Promise<LocalClient> {
  const server = new MemorySyncServer({ accounts: { [TOKEN]: ADA } });
  const dbName = `comlink-${uuidv7()}`;
  const client = createClient({ endpoint: 'http://memory.test', token: TOKEN, fetch: server.fetch, dbName, locks: null });
  await client.start();
  await client.syncNow();
  cleanups.push(() => indexedDB.deleteDatabase(dbName), () => client.stop());
  return client;
}

/** A JSON copy made in this realm, as Chrome delivers port messages. */
const sameRealmCopy = (json: string): unknown => JSON.parse(json);
/**
 * A JSON copy made in another realm, as Firefox delivers them to extension frames: its
 * objects have that realm's Object.prototype, not the receiver's.
 */
const otherRealmCopy = (json: string): unknown => runInNewContext('JSON.parse(json)', { json });

/** Test double of a connected chrome.runtime.Port pair: JSON only, delivered asynchronously. */
function runtimePorts(copyOf: (json: string) => unknown = sameRealmCopy): [RuntimePortLike, RuntimePortLike, () => void] {
  type End = RuntimePortLike & { listeners: Set<(m: unknown) => void>; disconnects: Array<() => void> };
  const end = (): End => {
    const listeners = new Set<(m: unknown) => void>();
    const disconnects: Array<() => void> = [];
    return {
      listeners,
      disconnects,
      postMessage: () => {},
      onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
      onDisconnect: { addListener: (l) => void disconnects.push(l) },
    };
  };
  const [a, b] = [end(), end()];
  const link = (from: End, to: End) => {
    from.postMessage = (message) => {
      const copy = copyOf(JSON.stringify(message));
      setTimeout(() => to.listeners.forEach((l) => l(copy)), 0);
    };
  };
  link(a, b);
  link(b, a);
  return [a, b, () => [...a.disconnects, ...b.disconnects].forEach((d) => d())];
}

async function roundTrip(remote: SightlineClient) {
  const seen: GoalNode[][] = [];
  const stop = await remote.watch('goalTree', {}, (nodes) => seen.push(nodes));
  await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));

  const first = goalArgs({ title: 'Across the boundary' });
  const { seq } = await remote.mutate('goal.create', first);
  expect(seq).toBe(1);
  await vi.waitFor(() => expect(seen.at(-1)?.map((n) => n.goal.title)).toEqual(['Across the boundary']));

  const error = await remote.mutate('goal.create', goalArgs({ title: ' ' })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues).toEqual([{ path: 'title', message: 'must not be empty' }]);

  // A second watch over the same boundary stays subscribed: once it shows a goal, the stopped
  // watch would have shown it too. stop() travels on its own port, so the first change after it
  // only proves it arrived; the second is the one the stopped watch must never see.
  const witness: GoalNode[][] = [];
  const stopWitness = await remote.watch('goalTree', {}, (nodes) => witness.push(nodes));
  const created = async (title: string) => {
    await remote.mutate('goal.create', goalArgs({ title }));
    await vi.waitFor(() => expect(witness.at(-1)?.map((n) => n.goal.title)).toContain(title));
  };
  stop();
  await created('While stopping');
  const calls = seen.length;
  await created('After stop');
  expect(seen).toHaveLength(calls);
  stopWitness();
}

describe('comlink glue', () => {
  it('round-trips watch, mutate (with field errors) and unsubscribe over a MessageChannel', async () => {
    const client = await realClient();
    const { port1, port2 } = new MessageChannel();
    cleanups.push(() => port1.close(), () => port2.close());
    exposeClient(client, port1 as unknown as Endpoint);
    await roundTrip(wrapClient(port2 as unknown as Endpoint));
  });

  it('does the same over a JSON-only runtime.Port, bridging the callback ports', async () => {
    const client = await realClient();
    const [background, content, disconnect] = runtimePorts();
    cleanups.push(disconnect);
    exposeClient(client, portEndpoint(background));
    await roundTrip(wrapClient(portEndpoint(content)));
  });

  it('does the same when the messages arrive as objects of another realm', async () => {
    const client = await realClient();
    const [background, content, disconnect] = runtimePorts(otherRealmCopy);
    cleanups.push(disconnect);
    exposeClient(client, portEndpoint(background));
    await roundTrip(wrapClient(portEndpoint(content)));
  });

  it('ends the watches of a connection when it goes away', async () => {
    const client = await realClient();
    let live = 0;
    const counting: SightlineClient = {
      ...client,
      async watch(query, params, onChange) {
        const unsubscribe = await client.watch(query, params, onChange);
        live++;
        return () => {
          live--;
          unsubscribe();
        };
      },
    };
    const [background, content, disconnect] = runtimePorts();
    const dispose = exposeClient(counting, portEndpoint(background));
    const remote = wrapClient(portEndpoint(content));
    await remote.watch('teams', {}, () => {});
    await remote.watch('people', {}, () => {});
    expect(live).toBe(2);
    disconnect();
    dispose();
    expect(live).toBe(0);
  });
});
