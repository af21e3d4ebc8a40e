/**
 * The rebase rule: while a row has unacknowledged local mutations, server data for it goes to
 * its shadow instead of the live table; when the last of them is acknowledged the shadow (the
 * server's truth, with or without our change) becomes the live row. A rejected change is
 * therefore undone by the same pull that acknowledges it.
 */
import type { TableName } from '../../model';
import type { SightlineDb } from '../db';
import type { AnyRow } from './effects';

const pendingKey = (table: string, rowId: string) => `${table}\u0000${rowId}`;

/** Before the first pending change to a row: remember the server's copy (or its absence). */
export async function keepServerCopy(db: SightlineDb, table: TableName, rowId: string, current: AnyRow | undefined): Promise<void> {
  const pending = await db.outbox.where('[table+rowId]').equals([table, rowId]).count();
  if (pending === 0) await db.shadows.put({ table, rowId, row: current ?? null });
}

export interface PendingRows {
  has(table: TableName, rowId: string): boolean;
}

/** Rows with pending local changes, as one set so a large pull does not look each row up. */
export async function pendingRows(db: SightlineDb): Promise<PendingRows> {
  const keys = await db.shadows.toCollection().primaryKeys();
  const set = new Set(keys.map(([table, rowId]) => pendingKey(table, rowId)));
  return {
    has: (table, rowId) => set.has(pendingKey(table, rowId)),
  };
}

/** Applies the server's upserts and deletes of one table: pending rows get them in their shadow. */
export async function writeServerChanges(
  db: SightlineDb,
  table: TableName,
  upserts: readonly AnyRow[],
  deletes: readonly string[],
  pending: PendingRows,
): Promise<void> {
  const isPending = (rowId: string) => pending.has(table, rowId);
  await db.anyRows(table).bulkPut(upserts.filter((row) => !isPending(row.id)));
  await db.anyRows(table).bulkDelete(deletes.filter((rowId) => !isPending(rowId)));
  await db.shadows.bulkPut([
    ...upserts.filter((row) => isPending(row.id)).map((row) => ({ table, rowId: row.id, row })),
    ...deletes.filter(isPending).map((rowId) => ({ table, rowId, row: null })),
  ]);
}

/** After outbox entries were dropped: rows with no pending change left take their server copy. */
export async function settleRows(db: SightlineDb, touched: ReadonlyArray<{ table: TableName; rowId: string }>): Promise<void> {
  const seen = new Set<string>();
  for (const { table, rowId } of touched) {
    if (seen.has(pendingKey(table, rowId))) continue;
    seen.add(pendingKey(table, rowId));
    if ((await db.outbox.where('[table+rowId]').equals([table, rowId]).count()) > 0) continue;
    const shadow = await db.shadows.get([table, rowId]);
    if (!shadow) continue;
    await db.shadows.delete([table, rowId]);
    if (shadow.row) await db.anyRows(table).put(shadow.row);
    else await db.anyRows(table).delete(rowId);
  }
}
