import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuidv7, type Person } from '../model';
import type { GoalNode, SyncState } from '../client';
import { ADA, goalArgs, person } from '../store/testing/fixtures';
import { ManualNetwork } from '../sync/testing/manual-network';
import { MemorySyncServer } from '../sync/testing/memory-server';
import { UnauthorizedError } from '../sync/transport/errors';
import { databaseName } from './account';
import { createClient, type ClientOptions, type LocalClient } from './create-client';
import { unsignedJwt } from './testing/unsigned-jwt';

const ENDPOINT = 'http://memory.test';
const BO = person('Bo');
const clients: LocalClient[] = [];
const databases = new Set<string>();
afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop();
  for (const name of databases) indexedDB.deleteDatabase(name);
  databases.clear();
});

function client(options: Omit<ClientOptions, 'endpoint'>): LocalClient {
  const created = createClient({ endpoint: ENDPOINT, locks: null, ...options });
  clients.push(created);
  return created;
}

const current = <T>(c: LocalClient, query: 'me' | 'goalTree') =>
  new Promise<T>((resolve) => {
    void c.watch(query, {}, (value) => resolve(value as T));
  });

const offline: typeof fetch = () => Promise.reject(new TypeError('offline'));

/** A signed embed token as an intranet mints one per page view: same viewer, new iat and exp. */
let minted = 0;
const embedToken = (sub: string) => {
  const iat = 1_780_000_000 + ++minted;
  return unsignedJwt({ iss: 'northwind', sub, aud: 'sightline', iat, exp: iat + 600 });
};

describe('createClient', () => {
  it('opens one database per account and finds it again offline by the token alone', async () => {
    const [adaToken, boToken] = [`ada-${uuidv7()}`, `bo-${uuidv7()}`];
    const server = new MemorySyncServer({ accounts: { [adaToken]: ADA, [boToken]: BO } });
    databases.add(databaseName(ENDPOINT, ADA.id)).add(databaseName(ENDPOINT, BO.id));

    const ada = client({ token: adaToken, fetch: server.fetch });
    await ada.start();
    await ada.mutate('goal.create', goalArgs({ title: 'Ada’s' }));
    const bo = client({ token: () => boToken, fetch: server.fetch });
    await bo.start();
    expect(await current<Person>(bo, 'me')).toMatchObject({ id: BO.id });
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining([databaseName(ENDPOINT, ADA.id), databaseName(ENDPOINT, BO.id)]));
    await ada.stop();
    await bo.stop();

    // Every request fails, so start() can only resolve if it needs none to find the database.
    const again = client({ token: adaToken, fetch: () => Promise.reject(new TypeError('offline')) });
    await again.start();
    expect(await current<Person>(again, 'me')).toMatchObject({ id: ADA.id });
    expect((await current<GoalNode[]>(again, 'goalTree')).map((n) => n.goal.title)).toEqual(['Ada’s']);
  });

  it('opens a viewer’s database offline with a fresh embed token, and another subject never opens it', async () => {
    const [adaToday, boToday] = [embedToken('ada@example.com'), embedToken('bo@example.com')];
    const server = new MemorySyncServer({ accounts: { [adaToday]: ADA, [boToday]: BO } });
    databases.add(databaseName(ENDPOINT, ADA.id)).add(databaseName(ENDPOINT, BO.id));
    const ada = client({ token: adaToday, fetch: server.fetch });
    await ada.start();
    await ada.mutate('goal.create', goalArgs({ title: 'Ada’s' }));
    await ada.stop();

    // The next page view mints a new token; Sightline is unreachable, so start() must need no request.
    const reloaded = client({ token: embedToken('ada@example.com'), fetch: offline });
    await reloaded.start();
    expect(await current<Person>(reloaded, 'me')).toMatchObject({ id: ADA.id });
    expect((await current<GoalNode[]>(reloaded, 'goalTree')).map((n) => n.goal.title)).toEqual(['Ada’s']);

    const bo = client({ token: boToday, fetch: server.fetch });
    await bo.start();
    expect(await current<Person>(bo, 'me')).toMatchObject({ id: BO.id });
    expect(await current<GoalNode[]>(bo, 'goalTree')).toEqual([]);
    // Offline, a subject the device has not seen waits for the server rather than open anyone's data.
    const attempts = vi.fn(offline);
    const stranger = client({ token: embedToken('cy@example.com'), fetch: attempts, backoff: { baseMs: 1, capMs: 1 } });
    const started = vi.fn();
    void stranger.start().then(started, started);
    await vi.waitFor(() => expect(attempts.mock.calls.length).toBeGreaterThan(2));
    expect(started).not.toHaveBeenCalled();
  });

  it('syncs nothing into a database its claims found once the server names another person for them', async () => {
    const lastYear = embedToken('sam@example.com');
    databases.add(databaseName(ENDPOINT, ADA.id)).add(databaseName(ENDPOINT, BO.id));
    const network = new ManualNetwork();
    const ada = client({ token: lastYear, fetch: new MemorySyncServer({ accounts: { [lastYear]: ADA } }).fetch, network });
    await ada.start();
    network.set(false);
    const { id } = await ada.mutate('goal.create', goalArgs({ title: 'Ada’s, not yet sent' }));
    await ada.stop();

    // The address now belongs to Bo: his token's claims lead to Ada's database, /v1/me says Bo.
    const today = embedToken('sam@example.com');
    const server = new MemorySyncServer({ accounts: { [today]: BO } });
    const bo = client({ token: today, fetch: server.fetch });
    const states: SyncState[] = [];
    await bo.watch('sync', {}, (state) => states.push(state));
    await bo.start();
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ signedIn: false, error: expect.stringMatching(/another person/) }));
    expect(server.applications(id)).toBe(0);
    await bo.stop();

    const again = client({ token: today, fetch: server.fetch });
    await again.start();
    expect(await current<Person>(again, 'me')).toMatchObject({ id: BO.id });
    expect(await current<GoalNode[]>(again, 'goalTree')).toEqual([]);
  });

  it('is not synced since start until this start’s first pull has finished, however recent the saved data', async () => {
    const token = `ada-${uuidv7()}`;
    const server = new MemorySyncServer({ accounts: { [token]: ADA } });
    databases.add(databaseName(ENDPOINT, ADA.id));
    const aMinuteAgo = new Date(Date.now() - 60_000);
    const earlier = client({ token, fetch: server.fetch, now: () => aMinuteAgo });
    await earlier.start();
    await earlier.syncNow();
    await earlier.stop();

    let releasePull = () => {};
    const pullHeld = new Promise<void>((resolve) => (releasePull = resolve));
    const holdingPulls: typeof fetch = async (input, init) => {
      if (new URL(String(input)).pathname === '/v1/sync/pull') await pullHeld;
      return server.fetch(input, init);
    };
    const today = client({ token, fetch: holdingPulls });
    const states: SyncState[] = [];
    await today.watch('sync', {}, (state) => states.push(state));
    await today.start();
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ lastSyncedAt: aMinuteAgo.toISOString(), syncedSinceStart: false }));
    releasePull();
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ syncedSinceStart: true }));
  });

  it('asks the server who the token belongs to once per start, also on the first', async () => {
    const token = `ada-${uuidv7()}`;
    const server = new MemorySyncServer({ accounts: { [token]: ADA } });
    databases.add(databaseName(ENDPOINT, ADA.id));
    const requests: string[] = [];
    const recording: typeof fetch = (input, init) => {
      requests.push(new URL(String(input)).pathname);
      return server.fetch(input, init);
    };
    /** Starts and waits for the first pull of this start (syncNow would ask for the person again). */
    const synced = async (c: LocalClient) => {
      const pulls = () => requests.filter((path) => path === '/v1/sync/pull').length;
      const before = pulls();
      await c.start();
      await vi.waitFor(() => expect(pulls()).toBeGreaterThan(before));
      await c.stop();
    };

    await synced(client({ token, fetch: recording }));
    expect(requests.filter((path) => path === '/v1/me')).toHaveLength(1);
    expect(requests.indexOf('/v1/me')).toBeLessThan(requests.indexOf('/v1/sync/pull'));
    requests.length = 0;
    // A known device finds its database by the token alone; the leading engine refreshes the person.
    await synced(client({ token, fetch: recording }));
    expect(requests.filter((path) => path === '/v1/me')).toHaveLength(1);
  });

  it('reports a token the server refuses as signed out, before any database exists', async () => {
    const server = new MemorySyncServer({ accounts: {} });
    const refused = client({ token: 'nobody', fetch: server.fetch });
    const states: SyncState[] = [];
    await refused.watch('sync', {}, (state) => states.push(state));
    await expect(refused.start()).rejects.toBeInstanceOf(UnauthorizedError);
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ signedIn: false, leader: false, error: expect.stringMatching(/not signed in/) }));
    expect(states[0]).toMatchObject({ signedIn: true, error: null });
  });

  it('surfaces a rejection through the sync query until dismissed, with the optimistic change undone', async () => {
    const token = `ada-${uuidv7()}`;
    const server = new MemorySyncServer({ accounts: { [token]: ADA } });
    const [laptopDb, phoneDb] = [`laptop-${uuidv7()}`, `phone-${uuidv7()}`];
    databases.add(laptopDb).add(phoneDb);
    const phoneNetwork = new ManualNetwork();
    const laptop = client({ token, fetch: server.fetch, dbName: laptopDb });
    const phone = client({ token, fetch: server.fetch, dbName: phoneDb, network: phoneNetwork });
    await laptop.start();
    await phone.start();

    const goal = goalArgs();
    await laptop.mutate('goal.create', goal);
    await laptop.syncNow();
    await phone.syncNow();
    phoneNetwork.set(false);
    await laptop.mutate('goal.delete', { id: goal.id });
    await laptop.syncNow();

    // The phone still shows the goal and edits it; the server no longer has it.
    const { id } = await phone.mutate('goal.update', { id: goal.id, patch: { title: 'Too late' } });
    const states: SyncState[] = [];
    const trees: GoalNode[][] = [];
    await phone.watch('sync', {}, (state) => states.push(state));
    await phone.watch('goalTree', {}, (nodes) => trees.push(nodes));
    await vi.waitFor(() => expect(trees.at(-1)?.map((n) => n.goal.title)).toEqual(['Too late']));
    phoneNetwork.set(true);

    await vi.waitFor(() =>
      expect(states.at(-1)).toMatchObject({ pending: 0, rejected: [{ mutationId: id, name: 'goal.update', reason: 'id: no such row in goals' }] }),
    );
    await vi.waitFor(() => expect(trees.at(-1)).toEqual([]));
    await phone.dismissRejection(id);
    await vi.waitFor(() => expect(states.at(-1)?.rejected).toEqual([]));
  });
});
