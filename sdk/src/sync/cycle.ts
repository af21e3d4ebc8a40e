/**
 * The two halves of a sync, each a complete step the engine (and the convergence test driver)
 * can run on its own: drain the outbox, and pull.
 */
import { applyPull, nextBatch, readMeta, recordPush, resendFrom, toWire, type SightlineDb } from '../store';
import { RequestError, SeqGapError } from './transport/errors';
import type { Transport } from './transport/http';

/** Pushes every unconfirmed outbox entry in seq order, batch by batch; true if anything was sent. */
export async function drainOutbox(db: SightlineDb, transport: Transport): Promise<boolean> {
  let pushed = false;
  let lastGap: number | null = null;
  for (;;) {
    const { clientId, entries } = await nextBatch(db);
    if (entries.length === 0) return pushed;
    try {
      await recordPush(db, entries, await transport.push({ clientId, mutations: entries.map(toWire) }));
      pushed = true;
      lastGap = null;
    } catch (error) {
      if (!(error instanceof SeqGapError)) throw error;
      // Resending from expectedSeq cannot gap again unless the server lost what it acknowledged.
      if (error.expectedSeq === lastGap || !(await resendFrom(db, error.expectedSeq))) {
        throw new RequestError(409, `the server lost this device's changes from seq ${error.expectedSeq}; they cannot be resent`);
      }
      lastGap = error.expectedSeq;
    }
  }
}

/**
 * Pulls and applies the result, page after page while a reset continues; returns the server
 * version it reflects. Each page is applied (cursor included) in its own transaction, so an
 * interrupted reset resumes from the last page applied.
 */
export async function pullOnce(db: SightlineDb, transport: Transport, now: () => Date = () => new Date()): Promise<number> {
  const clientId = await readMeta(db, 'clientId');
  for (;;) {
    const response = await transport.pull(clientId, (await readMeta(db, 'pull')).cursor);
    await applyPull(db, response, now);
    if (!response.more) return response.version;
  }
}
