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

