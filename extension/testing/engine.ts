/**
 * Test-only: the SDK's real client (Dexie store + SyncEngine) against the SDK's in-memory sync
 * server, which speaks the real wire protocol. Import 'fake-indexeddb/auto' first.
 */
import { createClient, type ClientOptions, type LocalClient } from '@sightline/sdk/engine';
import { uuidv7, type Person } from '@sightline/sdk/model';
import { person as testPerson } from '@sightline/sdk/store/testing/fixtures';
import { MemorySyncServer } from '@sightline/sdk/sync/testing/memory-server';

/** A signed-in admin named `name` (the SDK store's own test person). */
export { testPerson };

export interface TestEngine {
  server: MemorySyncServer;
  me: Person;
  /** `me`'s token. */
  token: string;
  tokenOf(person: Person): string;
  /** A started client on a new database, or on `dbName` (a restarted worker opens the same one). */
  client(dbName?: string, options?: Pick<ClientOptions, 'network'>): Promise<LocalClient & { dbName: string }>;
  stop(): Promise<void>;
}

/** A server knowing `me` and `others`, each with their own token. */
export function testEngine(me: Person = testPerson('Ada'), ...others: Person[]): TestEngine {
  const tokenOf = (person: Person) => `token-${person.id}`;
  const token = tokenOf(me);
  const server = new MemorySyncServer({ accounts: Object.fromEntries([me, ...others].map((person) => [tokenOf(person), person])) });
  const started: Array<{ client: LocalClient; dbName: string }> = [];
  return {
    server,
    me,
    token,
    tokenOf,
    async client(dbName = `extension-test-${uuidv7()}`, options = {}) {
      const client = createClient({ endpoint: 'http://memory.test', token, fetch: server.fetch, dbName, locks: null, ...options });
      started.push({ client, dbName });
      await client.start();
      return Object.assign(client, { dbName });
    },
    async stop() {
      const names = new Set<string>();
      for (const { client, dbName } of started.splice(0)) {
        await client.stop();
        names.add(dbName);
      }
      for (const name of names) indexedDB.deleteDatabase(name);
    },
  };
}
