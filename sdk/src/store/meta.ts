/** Sync metadata, one key per concern so a live query wakes only when what it read changed. */
import type { Person } from '../model';
import type { SightlineDb } from './db';

export interface MetaValues {
  clientId: string;
  /** next: the seq the next mutation gets; pushed: the highest seq the server confirmed. */
  seq: { next: number; pushed: number };
  /** Where the next pull starts; version is the server's version at that cursor. */
  pull: { cursor: string | null; version: number };
  me: Person | null;
  /** Written by the leading engine so every tab shows the same state. */
  sync: { signedIn: boolean; error: string | null; lastSyncedAt: string | null };
}
export type MetaKey = keyof MetaValues;
export interface MetaRow {
  key: MetaKey;
  value: unknown;
}

const DEFAULTS: Omit<MetaValues, 'clientId'> = {
  seq: { next: 1, pushed: 0 },
  pull: { cursor: null, version: 0 },
  me: null,
  sync: { signedIn: true, error: null, lastSyncedAt: null },
};

export async function readMeta<K extends MetaKey>(db: SightlineDb, key: K): Promise<MetaValues[K]> {
  const row = await db.meta.get(key);
  if (row) return row.value as MetaValues[K];
  if (key === 'clientId') throw new Error(`database ${db.name} has no clientId; it was not created by SightlineDb`);
  return DEFAULTS[key as Exclude<K, 'clientId'>] as MetaValues[K];
}

export async function writeMeta<K extends MetaKey>(db: SightlineDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}

/** Merges into an object-valued key; a no-op write is skipped so live queries stay quiet. */
export async function patchMeta<K extends 'seq' | 'pull' | 'sync'>(db: SightlineDb, key: K, patch: Partial<MetaValues[K]>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await readMeta(db, key);
    const next = { ...current, ...patch };
    if (Object.keys(next).some((k) => next[k as keyof typeof next] !== current[k as keyof typeof current])) await writeMeta(db, key, next);
  });
}
