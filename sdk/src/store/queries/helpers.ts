/** Small lookups several queries share. */
import { Dexie } from 'dexie';
import type { Person, TableName } from '../../model';
import type { SightlineDb } from '../db';
import { readMeta } from '../meta';

/** The signed-in person: their synced row when present (fresher), else the one /v1/me returned. */
export async function loadMe(db: SightlineDb): Promise<Person | null> {
  const me = await readMeta(db, 'me');
  if (!me) return null;
  return (await db.rows('persons').get(me.id)) ?? me;
}

/** Ids of rows in `table` that have local changes the server has not acknowledged. */
export async function pendingIds(db: SightlineDb, table: TableName): Promise<Set<string>> {
  const keys = await db.shadows.where('[table+rowId]').between([table, Dexie.minKey], [table, Dexie.maxKey]).primaryKeys();
  return new Set(keys.map(([, rowId]) => rowId));
}

/** Rows by id, for joining without a query per row. */
export async function byId<T extends { id: string }>(rows: Promise<T[]>): Promise<Map<string, T>> {
  return new Map((await rows).map((row) => [row.id, row]));
}

/** Newest first by instant: timestamps may carry different offsets, so strings do not sort. */
export const newestFirst = <T>(at: (row: T) => string) => (a: T, b: T) => Date.parse(at(b)) - Date.parse(at(a));

export const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Ids are uuidv7, so ordering by id is ordering by creation. */
export const creationOrder = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
