/**
 * Applies one pull in one transaction: the server's rows (around pending local rows), the
 * outbox entries it acknowledges, and the new cursor. A crash can never leave the cursor ahead
 * of the rows or drop an entry whose effect the rows do not show yet.
 */
import { TABLE_NAMES, type PullResponse, type TableName } from '../../model';
import type { SightlineDb } from '../db';
import type { AnyRow } from '../local/effects';
import { pendingRows, settleRows, writeServerChanges, type PendingRows } from '../local/shadows';
import { readMeta, writeMeta } from '../meta';

/** reset: the server's rows replace ours; pending local rows stay, their server copy starts empty. */
async function clearForReset(db: SightlineDb, pending: PendingRows): Promise<void> {
  for (const table of TABLE_NAMES) await db.anyRows(table).where('id').noneOf(pending.ids(table)).delete();
  await db.shadows.toCollection().modify({ row: null });
}

export async function applyPull(db: SightlineDb, pull: PullResponse, now: () => Date = () => new Date()): Promise<void> {
  await db.transaction('rw', [...db.syncedTables, db.shadows, db.outbox, db.unconfirmed, db.meta], async () => {
    const pending = await pendingRows(db);
    if (pull.reset) await clearForReset(db, pending);
    for (const [table, changes] of Object.entries(pull.changes) as Array<[TableName, NonNullable<PullResponse['changes'][TableName]>]>) {
      await writeServerChanges(db, table, changes.upserts as AnyRow[], changes.deletes, pending);
    }

    const acknowledged = db.outbox.where('seq').belowOrEqual(pull.lastSeq);
    const touched = await acknowledged.toArray();
    await acknowledged.delete();
    await settleRows(db, touched);

    const seq = await readMeta(db, 'seq');
    await db.unconfirmed.bulkPut(touched.filter((entry) => entry.seq > seq.pushed));
    if (pull.lastSeq > seq.pushed) await writeMeta(db, 'seq', { ...seq, pushed: pull.lastSeq });
    await writeMeta(db, 'pull', { cursor: pull.cursor, version: pull.version });
    await writeMeta(db, 'sync', { ...(await readMeta(db, 'sync')), lastSyncedAt: now().toISOString() });
  });
}
