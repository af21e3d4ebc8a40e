/**
 * A reset arrives in pages, each covering whole id ranges of some tables. Within a covered range
 * the page is the server's truth: a local row it lacks is gone (or no longer visible) on the
 * server. Sweeping range by range, instead of clearing every table on the first page, keeps
 * the rest of the store on screen while a reset is under way and lets an interrupted one resume.
 */
import type { Table } from 'dexie';
import { TABLE_NAMES, type IdRange, type PullResponse, type TableName } from '../../model';
import type { SightlineDb } from '../db';
import type { AnyRow } from '../local/effects';
import type { PendingRows } from '../local/shadows';

const WHOLE: IdRange = { after: null, upTo: null };

function rowsIn(table: Table<AnyRow, string>, { after, upTo }: IdRange) {
  if (after === null) return upTo === null ? table.toCollection() : table.where('id').belowOrEqual(upTo);
  return upTo === null ? table.where('id').above(after) : table.where('id').between(after, upTo, false, true);
}

/** The ranges a reset page covers: those it names, or every table wholly. */
export const coveredRanges = (pull: PullResponse): Array<[TableName, IdRange]> =>
  pull.covers ? (Object.entries(pull.covers) as Array<[TableName, IdRange]>) : TABLE_NAMES.map((t) => [t, WHOLE]);

/** Drops our rows in the page's covered ranges that the page lacks; pending ones keep their row, with no server copy. */
export async function sweepCovered(db: SightlineDb, pull: PullResponse, pending: PendingRows): Promise<void> {
  for (const [table, range] of coveredRanges(pull)) {
    const sent = new Set((pull.changes[table]?.upserts ?? []).map((row) => row.id as string));
    const gone = (await rowsIn(db.anyRows(table), range).primaryKeys()).filter((id) => !sent.has(id));
    await db.anyRows(table).bulkDelete(gone.filter((id) => !pending.has(table, id)));
    await db.shadows.bulkPut(gone.filter((id) => pending.has(table, id)).map((rowId) => ({ table, rowId, row: null })));
  }
}
