/**
 * Committed changes, as announced by PostgreSQL NOTIFY. A push stamps its rows with one org
 * version and notifies `orgId:version` (plus `:acl` when what people may see changed); every
 * node listens and hands the change to its SSE streams. A hint only: nothing depends on it.
 */
import { logError } from '../http/log-error';

export const CHANGES_CHANNEL = 'sightline_changes';

export interface Change {
  orgId: string;
  version: number;
  /** Someone's access epoch moved to this version: their clients reset on their next pull. */
  aclChanged: boolean;
}

export type ChangeListener = (change: Change) => void;

export interface ChangeFeed {
  /** Calls `listener` for every committed change; returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
}

export const encodeChange = (c: Change): string => `${c.orgId}:${c.version}${c.aclChanged ? ':acl' : ''}`;

export function decodeChange(payload: string): Change | null {
  const [orgId, version, acl] = payload.split(':');
  const n = Number(version);
  if (!orgId || !Number.isSafeInteger(n)) return null;
  return { orgId, version: n, aclChanged: acl === 'acl' };
}

/** Fans one driver's notifications out to many listeners; a throwing listener does not stop the rest. */
export class ChangeFanout implements ChangeFeed {
  readonly #listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** How many listeners are subscribed (a node with no SSE streams has none). */
  get size(): number {
    return this.#listeners.size;
  }

  publish(payload: string): void {
    const change = decodeChange(payload);
    if (!change) return;
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        logError('change listener failed', error);
      }
    }
  }
}
