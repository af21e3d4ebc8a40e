/**
 * The in-page client: a database for this account plus its sync engine, behind the one
 * SightlineClient interface. The same object can be exposed to other contexts (a page using a
 * Worker, content scripts talking to the extension background) with exposeClient.
 *
 * @example
 *   const client = createClient({ endpoint: 'https://sightline.example.com', token });
 *   await client.start();
 *   const stop = await client.watch('goalTree', { scope: 'me' }, render);
 */
import type { MutationInput, MutationName, Person } from '../model';
import type { Queries, QueryName, SightlineClient, SyncState, Unsubscribe } from '../client';
import { SightlineDb, mutate, readMeta, watchQuery, writeMeta, type LocalState, type QueryContext } from '../store';
import { DEFAULT_BACKOFF, type BackoffOptions } from '../sync/backoff';
import { SyncEngine } from '../sync/engine';
import type { LockManagerLike } from '../sync/leader';
import { browserNetwork, type NetworkStatus } from '../sync/network';
import { retryTemporary } from '../sync/retry';
import { realTimers, type Timers } from '../sync/timing';
import { UnauthorizedError } from '../sync/transport/errors';
import { createTransport, type TokenSource, type Transport } from '../sync/transport/http';
import { forAccount, resolveAccount } from './account';

export interface ClientOptions {
  /** Base URL of the backend (without /v1). */
  endpoint: string;
  /** A bearer token, or a function returning the current one (asked before every request). */
  token: TokenSource;
  /** Use this database instead of the per-account default. */
  dbName?: string;
  fetch?: typeof fetch;
  /** Pull at least this often while leading. Default 60 s. */
  pullIntervalMs?: number;
  /** Web Locks for choosing the leading tab; null: always lead. Default navigator.locks. */
  locks?: LockManagerLike | null;
  network?: NetworkStatus;
  timers?: Timers;
  backoff?: BackoffOptions;
  random?: () => number;
  /** The clock for progress and pace. */
  now?: () => Date;
  /** Told when the server refuses the token after start, with its reason (start itself rejects instead). */
  onRefused?: (error: UnauthorizedError) => void;
}

export type LocalClient = SightlineClient & {
  /**
   * Opens the account's database and starts syncing. The first start with a token whose account
   * the device has not seen (account.ts) asks the server who it belongs to, waiting for the
   * network if need be.
   */
  start(): Promise<void>;
  /** Stops syncing, ends every watch and closes the database. The client cannot be restarted. */
  stop(): Promise<void>;
};

interface Opened {
  db: SightlineDb;
  engine: SyncEngine;
  context: QueryContext;
}

function localState(engine: SyncEngine, network: NetworkStatus, openedAt: string): LocalState {
  return {
    get: () => ({ leader: engine.leader, online: network.online(), openedAt }),
    subscribe(listener) {
      const stopLeader = engine.onLeaderChange(listener);
      const stopNetwork = network.subscribe(listener);
      return () => {
        stopLeader();
        stopNetwork();
      };
    },
  };
}

export function createClient(options: ClientOptions): LocalClient {
  const transport = createTransport(options);
  const network = options.network ?? browserNetwork();
  const timers = options.timers ?? realTimers;
  const retry = { network, timers, backoff: options.backoff ?? DEFAULT_BACKOFF, random: options.random ?? Math.random };
  const now = options.now ?? (() => new Date());
  const stopping = new AbortController();
  const watches = new Set<Unsubscribe>();
  let opening: Promise<Opened> | null = null;
  let ready = false;

  /** The database to open, the person if the server was just asked, and the transport its engine may use. */
  async function locate(): Promise<{ name: string; me: Person | null; server: Transport }> {
    if (options.dbName) return { name: options.dbName, me: null, server: transport };
    const token = typeof options.token === 'string' ? options.token : await options.token();
    const account = await resolveAccount(options.endpoint, token, () => retryTemporary(() => transport.me(), retry, stopping.signal));
    return { name: account.name, me: account.me, server: forAccount(transport, account) };
  }

  async function openNow(): Promise<Opened> {
    const openedAt = now().toISOString();
    const { name, me: fetched, server } = await locate();
    const db = new SightlineDb(name);
    await db.open();
    // Mutations need to know who is signing them; the leading engine refreshes this on every start
    // (unless it was fetched just now).
    let me = fetched;
    if (!me && !(await readMeta(db, 'me'))) me = await retryTemporary(() => server.me(), retry, stopping.signal);
    if (me) await writeMeta(db, 'me', me);
    const engine = new SyncEngine({ ...options, ...retry, db, transport: server, now, meIsFresh: me !== null });
    ready = true;
    return { db, engine, context: { now, local: localState(engine, network, openedAt) } };
  }

  const open = (): Promise<Opened> => {
    if (stopping.signal.aborted) return Promise.reject(new Error('this Sightline client was stopped'));
    return (opening ??= openNow());
  };

  /** What the sync indicator shows before the database is open (or when it cannot be). */
  const unopenedState = (error: unknown): SyncState => ({
    signedIn: !(error instanceof UnauthorizedError),
    online: network.online(),
    leader: false,
    pending: 0,
    rejected: [],
    lastSyncedAt: null,
    syncedSinceStart: false,
    error: error ? (error instanceof Error ? error.message : String(error)) : null,
  });

  return {
    async start() {
      (await open()).engine.start();
    },

    async stop() {
      stopping.abort();
      for (const unsubscribe of [...watches]) unsubscribe();
      const opened = await opening?.catch(() => null);
      await opened?.engine.stop();
      opened?.db.close();
    },

    async watch<Q extends QueryName>(query: Q, params: Queries[Q]['params'], onChange: (result: Queries[Q]['result']) => void) {
      let live: Unsubscribe | null = null;
      let ended = false;
      const unsubscribe = () => {
        ended = true;
        watches.delete(unsubscribe);
        live?.();
      };
      watches.add(unsubscribe);
      const showUnopened = (error: unknown) => query === 'sync' && !ended && onChange(unopenedState(error) as Queries[Q]['result']);
      if (!ready) showUnopened(null);
      open().then(
        ({ db, context }) => {
          if (!ended) live = watchQuery(db, query, params, context, onChange, { awaitFirstPull: true });
        },
        showUnopened,
      );
      return unsubscribe;
    },

    async mutate<N extends MutationName>(name: N, args: MutationInput<N>) {
      return mutate((await open()).db, name, args, now);
    },

    async syncNow() {
      await (await open()).engine.syncNow();
    },

    async dismissRejection(mutationId: string) {
      await (await open()).db.rejections.delete(mutationId);
    },
  };
}
