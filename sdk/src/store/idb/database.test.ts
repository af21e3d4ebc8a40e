import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '../../model/uuid';
import { Database } from './database';
import { live } from './live';
import { parseStoreSpec } from './store-spec';

interface Note {
  id: string;
  authorId: string;
  at: number;
}
interface Link {
  kind: string;
  target: string;
  note: string;
}
interface Setting {
  key: string;
  value: unknown;
}

const STORES = { notes: 'id, authorId, &at', links: '[kind+target], note', settings: 'key' };
const opened: Database[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function open(name = `idb-test-${uuidv7()}`, onCreate?: (tx: IDBTransaction) => void): Database {
  const db = new Database(name, STORES, { onCreate });
  opened.push(db);
  return db;
}

const note = (id: string, authorId: string, at: number): Note => ({ id, authorId, at });

describe('store specs', () => {
  it('reads the primary key, plain, unique and compound indexes, and refuses malformed ones', () => {
    expect(parseStoreSpec('seq, &id, [table+rowId]')).toEqual({
      keyPath: 'seq',
      indexes: [
        { name: 'id', keyPath: 'id', unique: true },
        { name: '[table+rowId]', keyPath: ['table', 'rowId'], unique: false },
      ],
    });
    expect(parseStoreSpec('[a+b]').keyPath).toEqual(['a', 'b']);
    expect(() => parseStoreSpec('&id')).toThrow(/start with the primary key/);
    expect(() => parseStoreSpec('id, [a+]')).toThrow(/invalid index "\[a\+\]"/);
  });
});

describe('Database', () => {
  it('reads and writes rows by key, in bulk and through indexes and key ranges', async () => {
    const db = open();
    const notes = db.table<Note, string>('notes');
    await notes.bulkPut([note('a', 'ada', 3), note('b', 'bob', 1), note('c', 'ada', 2)]);
    await notes.put(note('d', 'cy', 4));

    expect(await notes.get('a')).toEqual(note('a', 'ada', 3));
    expect(await notes.get('zz')).toBeUndefined();
    expect(await notes.bulkGet(['c', 'zz', 'a'])).toEqual([note('c', 'ada', 2), undefined, note('a', 'ada', 3)]);
    expect(await notes.count()).toBe(4);
    expect((await notes.where('authorId').equals('ada').toArray()).map((n) => n.id)).toEqual(['c', 'a'].sort());
    expect(await notes.where('authorId').equals('ada').count()).toBe(2);
    expect((await notes.orderBy('at').toArray()).map((n) => n.id)).toEqual(['b', 'c', 'a', 'd']);
    expect((await notes.where('at').above(2).toArray()).map((n) => n.id)).toEqual(['a', 'd']);
    expect((await notes.where('at').aboveOrEqual(2).first())?.id).toBe('c');
    expect((await notes.where('at').belowOrEqual(2).primaryKeys()).sort()).toEqual(['b', 'c']);
    expect((await notes.where('id').noneOf(['a', 'd']).toArray()).map((n) => n.id)).toEqual(['b', 'c']);
    expect(await notes.where('id').noneOf(['a']).limit(2).primaryKeys()).toEqual(['b', 'c']);
    expect(await notes.limit(2).primaryKeys()).toEqual(['a', 'b']);
    expect(await notes.toCollection().lastKey()).toBe('d');

    expect(await notes.where('authorId').equals('ada').delete()).toBe(2);
    await notes.delete('b');
    expect(await notes.toCollection().primaryKeys()).toEqual(['d']);
  });

  it('ranges over the first part of a compound key and modifies rows in place', async () => {
    const db = open();
    const links = db.table<Link, [string, string]>('links');
    await links.bulkPut([
      { kind: 'goal', target: '1', note: 'x' },
      { kind: 'goal', target: '2', note: 'y' },
      { kind: 'team', target: '1', note: 'z' },
    ]);
    expect(await links.where('[kind+target]').between(['goal'], ['goal', []]).primaryKeys()).toEqual([
      ['goal', '1'],
      ['goal', '2'],
    ]);
    expect(await links.get(['team', '1'])).toEqual({ kind: 'team', target: '1', note: 'z' });
    await links.toCollection().modify({ note: 'cleared' });
    expect((await links.toArray()).map((l) => l.note)).toEqual(['cleared', 'cleared', 'cleared']);
  });

  it('keeps nothing of a transaction whose body throws, or whose write breaks a unique index', async () => {
    const db = open();
    const notes = db.table<Note, string>('notes');
    await notes.put(note('a', 'ada', 1));

    const failing = db.transaction('rw', ['notes', 'settings'], async (tx) => {
      await tx.table<Note, string>('notes').put(note('b', 'bob', 2));
      await tx.table<Setting, string>('settings').put({ key: 'k', value: 1 });
      throw new Error('changed my mind');
    });
    await expect(failing).rejects.toThrow('changed my mind');

    const duplicate = db.transaction('rw', ['notes'], async (tx) => {
      await tx.table<Note, string>('notes').put(note('c', 'cy', 3));
      await tx.table<Note, string>('notes').add(note('d', 'dee', 1)); // `at` 1 is taken
    });
    await expect(duplicate).rejects.toMatchObject({ name: 'ConstraintError' });
    await expect(notes.add(note('a', 'again', 9))).rejects.toMatchObject({ name: 'ConstraintError' });
    // A bulk write waits on its last request only; one failing early must still fail it all.
    await expect(notes.bulkPut([note('e', 'eve', 5), note('f', 'fay', 1), note('g', 'gus', 7)])).rejects.toMatchObject({ name: 'ConstraintError' });

    expect(await notes.toArray()).toEqual([note('a', 'ada', 1)]);
    expect(await db.table('settings').count()).toBe(0);
  });

  it('runs a transaction started inside another as part of it, and refuses what the outer one does not cover', async () => {
    const db = open();
    const result = db.transaction('rw', ['notes', 'settings'], async (tx) => {
      await tx.transaction('rw', ['settings'], (inner) => {
        expect(inner).toBe(tx);
        return inner.table<Setting, string>('settings').put({ key: 'k', value: 'inner' });
      });
      await expect(tx.transaction('r', ['links'], async () => 1)).rejects.toThrow('links is not part of this transaction');
      throw new Error('undo both');
    });
    await expect(result).rejects.toThrow('undo both');
    expect(await db.table('settings').count()).toBe(0);

    const readOnly = db.transaction('r', ['notes'], (tx) => tx.table<Note, string>('notes').put(note('a', 'ada', 1)));
    await expect(readOnly).rejects.toThrow('cannot write in a read-only transaction');
  });

  it('creates the stores once, running onCreate only for a new database', async () => {
    const name = `idb-test-${uuidv7()}`;
    const onCreate = vi.fn((tx: IDBTransaction) => void tx.objectStore('settings').add({ key: 'id', value: 'first' }));
    const first = open(name, onCreate);
    expect(await first.table<Setting, string>('settings').get('id')).toEqual({ key: 'id', value: 'first' });
    first.close();
    await expect(first.table('settings').count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    const again = open(name, onCreate);
    expect(await again.table<Setting, string>('settings').get('id')).toEqual({ key: 'id', value: 'first' });
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  it('closes its connection when another deletes the database, instead of blocking it', async () => {
    const db = open();
    await db.table('notes').put(note('a', 'ada', 1));
    await new Database(db.name, STORES).delete();
    await expect(db.table('notes').count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    await db.open();
    expect(await db.table('notes').count()).toBe(0);
  });
});

describe('live', () => {
  it('re-runs when a commit here or on another connection writes what it read, and not otherwise', async () => {
    const db = open();
    const other = new Database(db.name, STORES);
    const results: Array<{ theme: unknown; notes: number }> = [];
    const read = vi.fn(async (tx: Parameters<Parameters<typeof live>[1]['read']>[0]) => ({
      theme: (await tx.table<Setting, string>('settings').get('theme'))?.value,
      notes: await tx.table('notes').count(),
    }));
    const stop = live(db, { stores: ['settings', 'notes'], read, onResult: (r) => results.push(r), onError: (e) => results.push({ theme: e, notes: -1 }) });
    await vi.waitFor(() => expect(results).toEqual([{ theme: undefined, notes: 0 }]));

    await db.table<Setting, string>('settings').put({ key: 'theme', value: 'dark' });
    await vi.waitFor(() => expect(results.at(-1)).toEqual({ theme: 'dark', notes: 0 }));
    await other.table<Note, string>('notes').put(note('a', 'ada', 1));
    await vi.waitFor(() => expect(results.at(-1)).toEqual({ theme: 'dark', notes: 1 }));

    // Another setting, an empty bulk write and a store it never read: nothing it depends on.
    const runs = read.mock.calls.length;
    await db.table<Setting, string>('settings').put({ key: 'language', value: 'fr' });
    await other.table<Note, string>('notes').bulkPut([]);
    await other.table<Link, [string, string]>('links').put({ kind: 'goal', target: '1', note: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read.mock.calls.length).toBe(runs);

    stop();
    await other.table<Note, string>('notes').put(note('b', 'bob', 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(results.at(-1)).toEqual({ theme: 'dark', notes: 1 });
    other.close();
  });

  it('runs again when a write lands while it is running, so the last result is current', async () => {
    const db = open();
    const notes = db.table<Note, string>('notes');
    const seen: number[] = [];
    let first = true;
    const stop = live(db, {
      stores: ['notes'],
      read: async (tx) => {
        const count = await tx.table('notes').count();
        // The write commits while this first run is still going.
        if (first) {
          first = false;
          void notes.put(note('a', 'ada', 1));
        }
        return count;
      },
      onResult: (count) => seen.push(count),
      onError: () => seen.push(-1),
    });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1));
    stop();
  });
});
