/**
 * Live queries: a query re-runs whenever something it read changes, in this tab or another
 * (commits are announced across tabs and workers), and when tab-local state it reads changes.
 */
import type { Queries, QueryName, Unsubscribe } from '../client';
import type { SightlineDb, SightlineStore } from './db';
import { readMeta } from './meta';
import { QUERIES, type QueryContext } from './queries';

export function runQuery<Q extends QueryName>(db: SightlineStore, name: Q, params: Queries[Q]['params'], ctx: QueryContext): Promise<Queries[Q]['result']> {
  const query = QUERIES[name];
  if (!query) return Promise.reject(new Error(`unknown query ${String(name)}`));
  // One read transaction: every table the query joins is read from the same snapshot.
  return db.transaction('r', db.allStores, (tx) => query.load(tx, params, ctx));
}

export interface WatchOptions {
  /**
   * Emit nothing while the database has never been pulled into and a first pull may still come
   * (signed in, online, no error yet), so a new device shows one complete first view instead of
   * an empty one that fills in a moment later and moves everything around it.
   */
  awaitFirstPull?: boolean;
}

/** Read in the query's own snapshot, so the first result emitted already holds the pulled rows. */
async function awaitingFirstPull(db: SightlineStore, ctx: QueryContext): Promise<boolean> {
  const { lastSyncedAt, signedIn, error } = await readMeta(db, 'sync');
  return lastSyncedAt === null && signedIn && error === null && ctx.local.get().online;
}

const HELD = Symbol('held until the first pull');

export function watchQuery<Q extends QueryName>(
  db: SightlineDb,
  name: Q,
  params: Queries[Q]['params'],
  ctx: QueryContext,
  onChange: (result: Queries[Q]['result']) => void,
  { awaitFirstPull = false }: WatchOptions = {},
): Unsubscribe {
  // Never held: the sync state tells a person the first pull is under way, and who is signed
  // in is known before it (the client asks the server when it opens).
  const hold = awaitFirstPull && name !== 'sync' && name !== 'me';
  const subscribe = () =>
    db.live(async (tx) => (hold && (await awaitingFirstPull(tx, ctx)) ? HELD : runQuery(tx, name, params, ctx)), {
      onResult: (result) => result !== HELD && onChange(result),
      onError: (error: unknown) => console.error(`sightline: query ${name} failed`, error),
    });
  let unsubscribe = subscribe();
  // A held query also waits on connectivity: going offline ends the wait for a first pull.
  const stopLocal =
    QUERIES[name]?.readsLocalState || hold
      ? ctx.local.subscribe(() => {
          unsubscribe();
          unsubscribe = subscribe();
        })
      : undefined;
  return () => {
    unsubscribe();
    stopLocal?.();
  };
}
