/**
 * Applies one pull in one transaction: the server's rows (around pending local rows), the
 * outbox entries it acknowledges, and the new cursor. A crash can never leave the cursor ahead
 * of the rows or drop an entry whose effect the rows do not show yet.
 */
import type { PullResponse, TableName } from '../../model';
import type { SightlineDb } from '../db';
import type { AnyRow } from '../local/effects';
import { pendingRows, settleRows, writeServerChanges } from '../local/shadows';
import { readMeta, writeMeta } from '../meta';
import { sweepCovered } from './covered-range';

export async function applyPull(db: SightlineDb, pull: PullResponse, now: () => Date = () => new Date()): Promise<void> {
  await db.transaction('rw', [...db.syncedTables, db.shadows, db.outbox, db.unconfirmed, db.meta], async () => {
    const pending = await pendingRows(db);
    if (pull.reset) await sweepCovered(db, pull, pending);
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
    // Synced once a reset's last page is in: widgets hold a first view until then, never showing half of one.
    if (!pull.more) await writeMeta(db, 'sync', { ...(await readMeta(db, 'sync')), lastSyncedAt: now().toISOString() });
  });
}
