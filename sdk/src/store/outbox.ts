/** The push side of the outbox: what to send next and what the server said about it. */
import { MAX_PUSH_BATCH, type Mutation, type PushResponse } from '../model';
import type { OutboxEntry, SightlineDb } from './db';
import { readMeta, writeMeta } from './meta';

export const toWire = ({ id, seq, name, args, at }: OutboxEntry): Mutation => ({ id, seq, name, args, at });

/**
 * The next batch whose outcome we do not know, oldest first: unconfirmed entries (the server
 * answers them without applying them again), then the outbox entries past the confirmed seq.
 */
export async function nextBatch(db: SightlineDb, limit: number = MAX_PUSH_BATCH): Promise<{ clientId: string; entries: OutboxEntry[] }> {
  return db.transaction('r', [db.meta, db.outbox, db.unconfirmed], async () => {
    const clientId = await readMeta(db, 'clientId');
    const unconfirmed = await db.unconfirmed.limit(limit).toArray();
    if (unconfirmed.length > 0) return { clientId, entries: unconfirmed };
    const { pushed } = await readMeta(db, 'seq');
    return { clientId, entries: await db.outbox.where('seq').above(pushed).limit(limit).toArray() };
  });
}

/**
 * Keeps each rejection (with its args, so nothing silently disappears) until dismissed, and
 * moves the confirmed seq. Outbox entries stay: the pull that reports them acknowledged also
 * brings the rows they produced (or undoes them, if rejected).
 */
export async function recordPush(db: SightlineDb, sent: readonly OutboxEntry[], response: PushResponse): Promise<void> {
  const bySeq = new Map(sent.map((entry) => [entry.seq, entry]));
  await db.transaction('rw', [db.meta, db.rejections, db.unconfirmed], async () => {
    await db.unconfirmed.bulkDelete(sent.map((entry) => entry.seq));
    for (const result of response.results) {
      const entry = bySeq.get(result.seq);
      if (result.status !== 'rejected' || !entry) continue;
      await db.rejections.put({
        mutationId: entry.id,
        seq: entry.seq,
        name: entry.name,
        reason: result.reason ?? 'rejected by the server',
        args: entry.args,
        at: entry.at,
      });
    }
    const seq = await readMeta(db, 'seq');
    if (response.lastSeq > seq.pushed) await writeMeta(db, 'seq', { ...seq, pushed: response.lastSeq });
  });
}

/**
 * The server expects `expectedSeq` next (everything below is acknowledged). Returns false when
 * that entry is no longer here to resend, which only a server that lost acknowledged data causes.
 */
export async function resendFrom(db: SightlineDb, expectedSeq: number): Promise<boolean> {
  return db.transaction('rw', [db.meta, db.outbox], async () => {
    const first = await db.outbox.where('seq').aboveOrEqual(expectedSeq).first();
    if (!first || first.seq !== expectedSeq) return false;
    await writeMeta(db, 'seq', { ...(await readMeta(db, 'seq')), pushed: expectedSeq - 1 });
    return true;
  });
}
