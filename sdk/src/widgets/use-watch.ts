/**
 * Subscribes a component to one `client.watch` query for as long as it is mounted and its
 * params stay the same; new params (an attribute changed) end the old subscription and start
 * a new one. Results of a subscription that has already ended are ignored.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Queries, QueryName, SightlineClient } from '../client';

export type WatchState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/** Pass null params to hold off (e.g. a required attribute is missing). */
export function useWatch<Q extends QueryName>(
  client: SightlineClient,
  query: Q,
  params: Queries[Q]['params'] | null,
): WatchState<Queries[Q]['result']> {
  // Params objects are rebuilt on every render; their JSON is what identifies a subscription.
  const key = params === null ? null : `${query}:${JSON.stringify(params)}`;
  const [state, setState] = useState<{ key: string | null; client: SightlineClient; value: WatchState<Queries[Q]['result']> }>({
    key: null,
    client,
    value: { status: 'idle' },
  });

  // A layout effect, because Preact defers passive-effect clean-ups until after the next paint
  // and a removed element should stop watching at once, not a frame later.
  useLayoutEffect(() => {
    if (params === null) return;
    let active = true;
    let unsubscribe: (() => void) | null = null;
    const settle = (value: WatchState<Queries[Q]['result']>) => {
      if (active) setState({ key, client, value });
    };
    client.watch(query, params, (data) => settle({ status: 'ready', data })).then(
      (stop) => {
        if (active) unsubscribe = stop;
        else stop();
      },
      (error: unknown) => settle({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      active = false;
      unsubscribe?.();
    };
    // `key` stands for `query` and `params`, which are new objects on every render.
  }, [client, key]);

  if (key === null) return { status: 'idle' };
  return state.key === key && state.client === client ? state.value : { status: 'loading' };
}
