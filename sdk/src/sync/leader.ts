/**
 * One engine per database across tabs: the tab holding the Web Lock leads; the others queue
 * for it and take over when the leader's tab closes (the browser releases its locks).
 */

/** The part of navigator.locks the engine uses. */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: (lock: unknown) => Promise<void>): Promise<unknown>;
}

export function browserLocks(): LockManagerLike | null {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks ?? null;
}

/**
 * Runs `lead` once this caller holds the lock `name`, keeping it until `lead` settles. Without
 * Web Locks there is nobody to coordinate with, so it leads at once. Resolves quietly when
 * `signal` aborts the wait.
 */
export async function leadWhenElected(locks: LockManagerLike | null, name: string, signal: AbortSignal, lead: () => Promise<void>): Promise<void> {
  if (!locks) return lead();
  try {
    await locks.request(name, { signal }, () => lead());
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}
