/** What a query may read besides the database: the clock, and this tab's own sync role. */
import type { Queries, QueryName } from '../../client';
import type { SightlineDb } from '../db';

export interface LocalSyncState {
  leader: boolean;
  online: boolean;
  /** When this client opened the database, on the `now` clock (ISO): a pull since then means the data is current. */
  openedAt: string;
}

/** Tab-local state that is not in the database: a value and a way to hear it change. */
export interface LocalState {
  get(): LocalSyncState;
  subscribe(listener: () => void): () => void;
}

export interface QueryContext {
  /** Progress and pace depend on the date; tests pass a fixed one. */
  now(): Date;
  local: LocalState;
}

export interface Query<Q extends QueryName> {
  load(db: SightlineDb, params: Queries[Q]['params'], ctx: QueryContext): Promise<Queries[Q]['result']>;
  /** Re-run when the tab-local state changes, not only when the database does. */
  readsLocalState?: boolean;
}
