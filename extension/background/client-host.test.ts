// @vitest-environment node
import 'fake-indexeddb/auto';
import type { SyncState } from '@sightline/sdk/client';
import { NotSignedInError, createClient, databaseName } from '@sightline/sdk/engine';
import { nameId, uuidv7, type Person } from '@sightline/sdk/model';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getAccount, setAccount, type Session } from '../settings/account';
import { testEngine, testPerson } from '../testing/engine';
import { ClientHost, deleteDatabase } from './client-host';

const ENDPOINT = 'http://memory.test';
const hosts: ClientHost[] = [];

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.signOut();
});

const GRACE = testPerson('Grace');
const sessionOf = (person: Person, token: string): Session => ({ token, person: { id: person.id, name: person.name, email: person.email }, orgName: 'Acme' });

function setup() {
  const engine = testEngine(testPerson('Ada'), GRACE);
  const session = sessionOf(engine.me, engine.token);
  /** One worker lifetime's host; a restart is a new host over the same storage and databases. */
  const startHost = () => {
    const host = new ClientHost({
      loadAccount: getAccount,
      saveAccount: setAccount,
      createClient: (endpoint, { token }, dbName) => createClient({ endpoint, token, dbName, fetch: engine.server.fetch, locks: null }),
      deleteDatabase,
    });
    hosts.push(host);
    return host;
  };
  return { engine, session, startHost };
}

const databases = async () => (await indexedDB.databases()).map((db) => db.name);
const cycle = { id: nameId('host-test', 'cycle'), name: 'Q2', kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-06-30' } as const;

describe('ClientHost', () => {
  it('reports signed out and refuses changes until someone signs in', async () => {
    const { startHost } = setup();
    const host = startHost();
    await host.start();
    const states: SyncState[] = [];
    await host.client.watch('sync', {}, (state) => states.push(state));
    expect(states.at(-1)).toMatchObject({ signedIn: false, pending: 0 });
    await expect(host.client.mutate('cycle.create', cycle)).rejects.toBeInstanceOf(NotSignedInError);
    await expect(host.syncNow()).resolves.toBeUndefined();
  });

  it('starts the engine on sign-in and moves open watches onto it', async () => {
    const { startHost, session, engine } = setup();
    const host = startHost();
    await host.start();
    const states: SyncState[] = [];
    await host.client.watch('sync', {}, (state) => states.push(state));

    await host.signIn(ENDPOINT, session);
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ signedIn: true }));
    await host.client.mutate('cycle.create', cycle);
    await host.syncNow();
    expect(engine.server.rows('cycles').map((row) => row.id)).toEqual([cycle.id]);
    expect(await getAccount()).toEqual({ endpoint: ENDPOINT, session });
    expect(host.databaseName).toBe(databaseName(ENDPOINT, session.person.id));
  });

  it('resumes the same account and database in a restarted worker', async () => {
    const { startHost, session } = setup();
    const first = startHost();
    await first.signIn(ENDPOINT, session);
    await first.client.mutate('cycle.create', cycle);
    await first.client.mutate('goal.create', { id: uuidv7(), cycleId: cycle.id, level: 'org', title: 'Written before the restart' });

    const restarted = startHost();
    await restarted.start();
    const titles: string[][] = [];
    await restarted.client.watch('goalTree', {}, (nodes) => titles.push(nodes.map((node) => node.goal.title)));
    await vi.waitFor(() => expect(titles.at(-1)).toEqual(['Written before the restart']));
    expect(restarted.databaseName).toBe(first.databaseName);
  });

  it('answers the pages of a restarted worker as signed in from the first result, never signed out for a moment', async () => {
    const { startHost, session } = setup();
    await startHost().signIn(ENDPOINT, session);

    const restarted = startHost();
    // A page's port reaches a fresh worker before it has read the account from storage.
    const people: Array<Person | null> = [];
    const states: SyncState[] = [];
    const watching = Promise.all([
      restarted.client.watch('me', {}, (person) => people.push(person)),
      restarted.client.watch('sync', {}, (state) => states.push(state)),
    ]);
    const change = restarted.client.mutate('cycle.create', cycle);
    await restarted.start();
    await watching;
    await expect(change).resolves.toMatchObject({ seq: 1 });
    await vi.waitFor(() => expect(people).not.toEqual([]));
    expect(people.map((person) => person?.id)).toEqual([session.person.id]);
    expect(states.every((state) => state.signedIn)).toBe(true);
  });

  it('tells pages of a worker with nobody signed in so once the account has been read', async () => {
    const { startHost } = setup();
    const host = startHost();
    const people: Array<Person | null> = [];
    const watching = host.client.watch('me', {}, (person) => people.push(person));
    const change = host.client.mutate('cycle.create', cycle);
    expect(people).toEqual([]);
    await host.start();
    await watching;
    expect(people).toEqual([null]);
    await expect(change).rejects.toBeInstanceOf(NotSignedInError);
  });

  it('deletes the local data on sign-out and keeps the address for next time', async () => {
    const { startHost, session } = setup();
    const host = startHost();
    await host.signIn(ENDPOINT, session);
    await host.client.mutate('cycle.create', cycle);
    const dbName = host.databaseName!;
    expect(await databases()).toContain(dbName);

    const states: SyncState[] = [];
    await host.client.watch('sync', {}, (state) => states.push(state));
    await host.signOut();
    expect(await databases()).not.toContain(dbName);
    expect(states.at(-1)).toMatchObject({ signedIn: false });
    expect(await getAccount()).toEqual({ endpoint: ENDPOINT, session: null });
  });

  it('replaces the previous person when someone else signs in', async () => {
    const { startHost, session, engine } = setup();
    const host = startHost();
    await host.signIn(ENDPOINT, session);
    const before = host.databaseName!;
    await host.signIn(ENDPOINT, sessionOf(GRACE, engine.tokenOf(GRACE)));
    expect(host.databaseName).toBe(databaseName(ENDPOINT, GRACE.id));
    expect(await databases()).not.toContain(before);
    const me = await new Promise<Person | null>((resolve) => void host.client.watch('me', {}, (person) => person && resolve(person)));
    expect(me?.id).toBe(GRACE.id);
  });
});
