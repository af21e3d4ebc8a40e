import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../model';
import { SightlineDb, type OutboxEntry } from './db';
import { readMeta } from './meta';

const opened: SightlineDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function open(name = `store-test-${uuidv7()}`): SightlineDb {
  const db = new SightlineDb(name);
  opened.push(db);
  return db;
}

const entry = (seq: number, id = uuidv7()): OutboxEntry => ({
  seq,
  id,
  name: 'feedback.create',
  args: {},
  at: '2026-12-07T10:00:00.000Z',
  table: 'feedback',
  rowId: id,
});

describe('SightlineDb on Dexie', () => {
  it('mints the client id once, when the database is created, and keeps it across connections', async () => {
    const db = open();
    const clientId = await readMeta(db, 'clientId');
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    db.close();

    const again = new SightlineDb(db.name);
    expect(await readMeta(again, 'clientId')).toBe(clientId);
    again.close();
  });

  it('keeps nothing of a transaction whose body throws, or whose write breaks a unique index', async () => {
    const db = open();
    const first = entry(1);
    await db.outbox.add(first);

    const throwing = db.transaction('rw', [db.outbox, db.meta], async () => {
      await db.outbox.add(entry(2));
      await db.meta.put({ key: 'pull', value: { cursor: 'v9.a1', version: 9 } });
      throw new Error('changed my mind');
    });
    await expect(throwing).rejects.toThrow('changed my mind');

    // The outbox's mutation id is unique: a second entry with the first one's id breaks it.
    const duplicate = db.transaction('rw', [db.outbox], async () => {
      await db.outbox.add(entry(3));
      await db.outbox.add(entry(4, first.id));
    });
    await expect(duplicate).rejects.toMatchObject({ name: 'ConstraintError' });
    await expect(db.outbox.bulkAdd([entry(5), entry(6, first.id), entry(7)])).rejects.toMatchObject({ name: 'BulkError' });

    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([1, 5, 7]);
    expect(await db.meta.get('pull')).toBeUndefined();
  });

  it('closes its connection when another deletes the database, instead of blocking it', async () => {
    const db = open();
    await db.outbox.add(entry(1));
    await new SightlineDb(db.name).delete();
    expect(db.isOpen()).toBe(false);
    await db.open();
    expect(await db.outbox.count()).toBe(0);
  });
});
