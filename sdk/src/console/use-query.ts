/** A query of the signed-in client for as long as a component is mounted (see widgets/use-watch). */
import type { Queries, QueryName } from '../client';
import { useWatch, type WatchState } from '../widgets/use-watch';
import { session } from './session';
import type { SightlineClient } from '../client';

export function useClient(): SightlineClient {
  const current = session.value;
  if (current.status !== 'signed-in') throw new Error('the console renders its pages only when signed in');
  return current.client;
}

export function useQuery<Q extends QueryName>(query: Q, params: Queries[Q]['params'] | null): WatchState<Queries[Q]['result']> {
  return useWatch(useClient(), query, params);
}

/** The data once ready, else undefined (pages show a loading line until then). */
export const ready = <T>(state: WatchState<T>): T | undefined => (state.status === 'ready' ? state.data : undefined);
