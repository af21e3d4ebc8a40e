/**
 * An online-only read for as long as a component is mounted: a review's evidence and the
 * calibration view are computed by the server over rows this device may not hold, so they are
 * fetched, parsed with the model's schema, and said to need a connection when they fail.
 */
import { useEffect, useState } from 'preact/hooks';
import { apiRequest } from './session';

export type ApiState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; problem: string };

/** Fetches `path` (null: nothing yet) and parses the answer; again when `path` or `retry` changes. */
export function useApi<T>(path: string | null, parse: (body: unknown) => T, retry = 0): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState({ status: 'loading' });
    apiRequest(path, { method: 'GET' })
      .then(parse)
      .then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', problem: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [path, retry]);
  return state;
}
