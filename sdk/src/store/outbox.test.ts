import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SightlineDb } from './db';
import { mutate } from './local/mutate';
import { readMeta, writeMeta } from './meta';
import { nextBatch, recordPush, resendFrom, toWire } from './outbox';
import { goalArgs, openTestDb } from './testing/fixtures';

let db: SightlineDb;
afterEach(() => db?.delete());

/** A database with `count` queued goal creations, seqs 1..count. */
async function queued(count: number): Promise<SightlineDb> {
  db = await openTestDb();
  for (let i = 0; i < count; i++) await mutate(db, 'goal.create', goalArgs({ title: `Goal ${i + 1}` }));
  return db;
}

const seqs = (entries: ReadonlyArray<{ seq: number }>) => entries.map((e) => e.seq);

describe('nextBatch', () => {
  it('sends the entries past the confirmed seq, oldest first, at most `limit`, with the client id', async () => {
    await queued(4);
    await writeMeta(db, 'seq', { next: 5, pushed: 1 });
    const batch = await nextBatch(db, 2);
    expect(batch.clientId).toBe(await readMeta(db, 'clientId'));
    expect(seqs(batch.entries)).toEqual([2, 3]);
    expect(seqs((await nextBatch(db)).entries)).toEqual([2, 3, 4]);
  });

  it('asks about unconfirmed entries first, alone', async () => {
    await queued(3);
    const [first] = await db.outbox.toArray();
    await db.unconfirmed.put(first!);
    expect(seqs((await nextBatch(db)).entries)).toEqual([1]);
  });

  it('is empty when everything is confirmed', async () => {
    await queued(2);
    await writeMeta(db, 'seq', { next: 3, pushed: 2 });
    expect((await nextBatch(db)).entries).toEqual([]);
  });
});

describe('recordPush', () => {
  it('keeps each rejection with its args and reason, moves the confirmed seq and clears the unconfirmed entries sent', async () => {
    await queued(3);
    const sent = await db.outbox.toArray();
    await db.unconfirmed.bulkPut(sent.slice(0, 2));
    await recordPush(db, sent, {
      lastSeq: 3,
      version: 9,
      results: [
        { id: sent[0]!.id, seq: 1, status: 'applied', reason: null },
        { id: sent[1]!.id, seq: 2, status: 'rejected', reason: 'you may not edit org goal' },
        { id: sent[2]!.id, seq: 3, status: 'rejected', reason: null },
      ],
    });
    expect(await db.rejections.toArray()).toEqual([
      { mutationId: sent[1]!.id, seq: 2, name: 'goal.create', reason: 'you may not edit org goal', args: sent[1]!.args, at: sent[1]!.at },
      { mutationId: sent[2]!.id, seq: 3, name: 'goal.create', reason: 'rejected by the server', args: sent[2]!.args, at: sent[2]!.at },
    ]);
    expect(await db.unconfirmed.count()).toBe(0);
    expect(await readMeta(db, 'seq')).toEqual({ next: 4, pushed: 3 });
    expect(await db.outbox.count()).toBe(3);
  });

  it('ignores results for entries it did not send, and never moves the confirmed seq back', async () => {
    await queued(2);
    await writeMeta(db, 'seq', { next: 3, pushed: 2 });
    const sent = (await db.outbox.toArray()).slice(0, 1);
    await recordPush(db, sent, { lastSeq: 1, version: 1, results: [{ id: sent[0]!.id, seq: 7, status: 'rejected', reason: 'no' }] });
    expect(await db.rejections.count()).toBe(0);
    expect(await readMeta(db, 'seq')).toEqual({ next: 3, pushed: 2 });
  });
});

describe('resendFrom', () => {
  it('rewinds the confirmed seq to just before the entry the server expects', async () => {
    await queued(3);
    await writeMeta(db, 'seq', { next: 4, pushed: 3 });
    expect(await resendFrom(db, 2)).toBe(true);
    expect(await readMeta(db, 'seq')).toEqual({ next: 4, pushed: 1 });
    expect(seqs((await nextBatch(db)).entries)).toEqual([2, 3]);
  });

  it('says so when the expected entry is gone, and changes nothing', async () => {
    await queued(3);
    await db.outbox.delete(2);
    await writeMeta(db, 'seq', { next: 4, pushed: 3 });
    expect(await resendFrom(db, 2)).toBe(false);
    expect(await resendFrom(db, 9)).toBe(false);
    expect(await readMeta(db, 'seq')).toEqual({ next: 4, pushed: 3 });
  });
});

it('toWire sends exactly the mutation fields', async () => {
  await queued(1);
  const [entry] = await db.outbox.toArray();
  expect(toWire(entry!)).toEqual({ id: entry!.id, seq: 1, name: 'goal.create', args: entry!.args, at: entry!.at });
});
