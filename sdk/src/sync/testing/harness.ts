/**
 * Test helper: an engine wired to the in-memory server with manual time, network and locks,
 * plus a log of the requests it made. Import 'fake-indexeddb/auto' first.
 */
import { uuidv7, type Person } from '../../model';
import { readMeta, type SightlineDb } from '../../store';
import { ADA, openTestDb } from '../../store/testing/fixtures';
import { SyncEngine, type EngineOptions } from '../engine';
import type { LockManagerLike } from '../leader';
import { createTransport } from '../transport/http';
import { ManualNetwork } from './manual-network';
import { ManualTimers } from './manual-timers';
import { MemorySyncServer } from './memory-server';

export const ENDPOINT = 'http://memory.test';
export const ADA_TOKEN = 'token-ada';

export interface LoggedRequest {
  route: string;
  at: number;
}

export interface Tab {
  db: SightlineDb;
  engine: SyncEngine;
  requests: LoggedRequest[];
  clientId(): Promise<string>;
}

export interface HarnessOptions {
  /** Wraps the server's fetch (to inject failures). */
  wrapFetch?: (serverFetch: typeof globalThis.fetch) => typeof globalThis.fetch;
  locks?: LockManagerLike | null;
  engine?: Partial<EngineOptions>;
}

export class Harness {
  readonly server = new MemorySyncServer({ accounts: { [ADA_TOKEN]: ADA } });
  readonly timers = new ManualTimers();
  readonly network = new ManualNetwork();
  readonly tabs: Tab[] = [];

  constructor(private readonly options: HarnessOptions = {}) {}

  /** A tab: a connection to the database `dbName` (shared by tabs of one account) and its engine. */
  async tab(dbName: string = `harness-${uuidv7()}`, me: Person = ADA): Promise<Tab> {
    const db = await openTestDb(me, dbName);
    const requests: LoggedRequest[] = [];
    const fetchImpl: typeof fetch = this.options.wrapFetch ? this.options.wrapFetch(this.server.fetch) : this.server.fetch;
    const logged: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      requests.push({ route: `${init?.method ?? 'GET'} ${url.pathname}`, at: this.timers.now });
      return fetchImpl(input, init);
    };
    const engine = new SyncEngine({
      db,
      transport: createTransport({ endpoint: ENDPOINT, token: ADA_TOKEN, fetch: logged }),
      locks: this.options.locks ?? null,
      network: this.network,
      timers: this.timers,
      random: () => 0.5,
      pullIntervalMs: 3_600_000,
      ...this.options.engine,
    });
    const tab = { db, engine, requests, clientId: () => readMeta(db, 'clientId') };
    this.tabs.push(tab);
    return tab;
  }

  async close(): Promise<void> {
    for (const tab of this.tabs) await tab.engine.stop();
    for (const tab of this.tabs) tab.db.close();
    for (const name of new Set(this.tabs.map((t) => t.db.name))) await this.tabs.find((t) => t.db.name === name)!.db.delete();
  }
}

export const pushes = (tab: Tab) => tab.requests.filter((r) => r.route === 'POST /v1/sync/push');
export const pulls = (tab: Tab) => tab.requests.filter((r) => r.route === 'GET /v1/sync/pull');
