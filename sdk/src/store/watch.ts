/**
 * Live queries: a query re-runs whenever something it read changes, in this tab or another
 * (commits are announced across tabs and workers), and when tab-local state it reads changes.
 */
import type { Queries, QueryName, Unsubscribe } from '../client';
import type { SightlineDb, SightlineStore } from './db';
import { QUERIES, type QueryContext } from './queries';

export function runQuery<Q extends QueryName>(db: SightlineStore, name: Q, params: Queries[Q]['params'], ctx: QueryContext): Promise<Queries[Q]['result']> {
  const query = QUERIES[name];
  if (!query) return Promise.reject(new Error(`unknown query ${String(name)}`));
  // One read transaction: every table the query joins is read from the same snapshot.
  return db.transaction('r', db.allStores, (tx) => query.load(tx, params, ctx));
}

export function watchQuery<Q extends QueryName>(
  db: SightlineDb,
  name: Q,
  params: Queries[Q]['params'],
  ctx: QueryContext,
  onChange: (result: Queries[Q]['result']) => void,
): Unsubscribe {
  const subscribe = () =>
    db.live((tx) => runQuery(tx, name, params, ctx), {
      onResult: onChange,
      onError: (error: unknown) => console.error(`sightline: query ${name} failed`, error),
    });
  let unsubscribe = subscribe();
  const stopLocal = QUERIES[name]?.readsLocalState
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
