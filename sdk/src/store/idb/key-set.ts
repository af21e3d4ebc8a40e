/**
 * Which parts of which stores a transaction read or wrote: single keys where it named them,
 * the whole store where it read or changed a range. A live query re-runs only when a write
 * overlaps what it read, so writing one meta key does not wake every widget.
 */

/** Store name → the keys touched (as JSON, so compound keys compare), or ALL of it. */
export type KeySet = Map<string, Set<string> | typeof ALL>;
export const ALL = 'all';
const MAX_TRACKED_KEYS = 200;

export function addKeys(set: KeySet, store: string, keys: readonly IDBValidKey[] | typeof ALL): void {
  const current = set.get(store);
  if (current === ALL) return;
  // Past a few hundred keys (a pull, a bulk import) the whole store is as precise in practice and cheaper to track.
  if (keys === ALL || keys.length > MAX_TRACKED_KEYS) return void set.set(store, ALL);
  if (keys.length === 0) return;
  const next = current ?? new Set<string>();
  for (const key of keys) next.add(JSON.stringify(key));
  set.set(store, next);
}

export function overlaps(read: KeySet, written: KeySet): boolean {
  for (const [store, writtenKeys] of written) {
    const readKeys = read.get(store);
    if (!readKeys) continue;
    if (readKeys === ALL || writtenKeys === ALL) return true;
    for (const key of writtenKeys) if (readKeys.has(key)) return true;
  }
  return false;
}

/** The plain form a BroadcastChannel carries. */
export type KeySetMessage = Array<[string, string[] | typeof ALL]>;

export const toMessage = (set: KeySet): KeySetMessage => [...set].map(([store, keys]) => [store, keys === ALL ? ALL : [...keys]]);
export const fromMessage = (message: KeySetMessage): KeySet => new Map(message.map(([store, keys]) => [store, keys === ALL ? ALL : new Set(keys)]));
