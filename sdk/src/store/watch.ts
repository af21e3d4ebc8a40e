/**
 * Live queries: a query re-runs whenever a table it read changes, in this tab or another
 * (Dexie propagates writes across tabs and workers), and when tab-local state it reads changes.
 */
import { liveQuery } from 'dexie';
import type { Queries, QueryName, Unsubscribe } from '../client';
import type { SightlineDb } from './db';
import { QUERIES, type QueryContext } from './queries';

export function runQuery<Q extends QueryName>(db: SightlineDb, name: Q, params: Queries[Q]['params'], ctx: QueryContext): Promise<Queries[Q]['result']> {
  const query = QUERIES[name];
  if (!query) return Promise.reject(new Error(`unknown query ${String(name)}`));
  // One read transaction: every table the query joins is read from the same snapshot.
  return db.transaction('r', db.tables, () => query.load(db, params, ctx));
}

export function watchQuery<Q extends QueryName>(
  db: SightlineDb,
  name: Q,
  params: Queries[Q]['params'],
  ctx: QueryContext,
  onChange: (result: Queries[Q]['result']) => void,
): Unsubscribe {
  const subscribe = () =>
    liveQuery(() => runQuery(db, name, params, ctx)).subscribe({
      next: onChange,
      error: (error: unknown) => console.error(`sightline: query ${name} failed`, error),
    });
  let subscription = subscribe();
  const stopLocal = QUERIES[name]?.readsLocalState
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
