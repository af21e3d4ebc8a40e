/**
 * The forms' zod schemas (form-schemas.ts) as a lazily loaded chunk. Display widgets never
 * ask for it; a form shows its skeleton until it has arrived, as it does while its queries load.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WatchState } from './use-watch';

export type FormSchemas = typeof import('./form-schemas');

let loading: Promise<FormSchemas> | null = null;
/** Once here, forms mounted later render at once instead of flashing a skeleton. */
let loaded: FormSchemas | null = null;

/** One fetch per page; a failed one (a flaky network) is tried again by the next caller. */
export function loadFormSchemas(): Promise<FormSchemas> {
  loading ??= import('./form-schemas').then(
    (schemas) => (loaded = schemas),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function useFormSchemas(): WatchState<FormSchemas> {
  const [state, setState] = useState<WatchState<FormSchemas>>(() => (loaded ? { status: 'ready', data: loaded } : { status: 'loading' }));
  useEffect(() => {
    let active = true;
    loadFormSchemas().then(
      (data) => active && setState((now) => (now.status === 'ready' ? now : { status: 'ready', data })),
      (error: unknown) => active && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      active = false;
    };
  }, []);
  return state;
}
