/**
 * Live queries: a query re-runs whenever a table it read changes, in this tab or another
 * (Dexie propagates writes across tabs and workers), and when tab-local state it reads changes.
 */
import { liveQuery } from 'dexie';
import type { Queries, QueryName, Unsubscribe } from '../client';
import type { SightlineDb } from './db';
import { readMeta } from './meta';
import { QUERIES, type QueryContext } from './queries';

export function runQuery<Q extends QueryName>(db: SightlineDb, name: Q, params: Queries[Q]['params'], ctx: QueryContext): Promise<Queries[Q]['result']> {
  const query = QUERIES[name];
  if (!query) return Promise.reject(new Error(`unknown query ${String(name)}`));
  // One read transaction: every table the query joins is read from the same snapshot.
  return db.transaction('r', db.tables, () => query.load(db, params, ctx));
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
async function awaitingFirstPull(db: SightlineDb, ctx: QueryContext): Promise<boolean> {
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
    liveQuery(() =>
      // One transaction: the hold check and the query read the same snapshot.
      db.transaction('r', db.tables, async () => (hold && (await awaitingFirstPull(db, ctx)) ? HELD : runQuery(db, name, params, ctx))),
    ).subscribe({
      next: (result) => result !== HELD && onChange(result),
      error: (error: unknown) => console.error(`sightline: query ${name} failed`, error),
    });
  let subscription = subscribe();
  // A held query also waits on connectivity: going offline ends the wait for a first pull.
  const stopLocal =
    QUERIES[name]?.readsLocalState || hold
      ? ctx.local.subscribe(() => {
          subscription.unsubscribe();
          subscription = subscribe();
        })
      : undefined;
  return () => {
    subscription.unsubscribe();
    stopLocal?.();
  };
}
