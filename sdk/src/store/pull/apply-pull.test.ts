import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../model';
import type { SightlineDb } from '../db';
import { mutate } from '../local/mutate';
import { readMeta, writeMeta } from '../meta';
import { goalArgs, openTestDb, serverGoal } from '../testing/fixtures';
import { applyPull } from './apply-pull';

let db: SightlineDb;
afterEach(() => db?.delete());

const pull = (over: Partial<PullResponse>): PullResponse => ({ cursor: 'c1', reset: false, lastSeq: 0, version: 1, changes: {}, ...over });

describe('applyPull', () => {
  it('applies upserts and deletes and saves the cursor', async () => {
    db = await openTestDb();
    const [a, b] = [serverGoal(), serverGoal()];
    await db.rows('goals').put(b);
    await applyPull(db, pull({ cursor: 'c7', version: 7, changes: { goals: { upserts: [a], deletes: [b.id] } } }), () => new Date('2026-05-01T00:00:00Z'));
    expect(await db.rows('goals').toArray()).toEqual([a]);
    expect(await readMeta(db, 'pull')).toEqual({ cursor: 'c7', version: 7 });
    expect((await readMeta(db, 'sync')).lastSyncedAt).toBe('2026-05-01T00:00:00.000Z');
  });

  it('does not overwrite a row with pending mutations, and does once they are acknowledged', async () => {
    db = await openTestDb();
    const server = serverGoal({ title: 'Server v1' });
    await db.rows('goals').put(server);
    await mutate(db, 'goal.update', { id: server.id, patch: { title: 'Mine' } });

    // Someone else's change arrives before ours is acknowledged: the local row keeps our edit.
    await applyPull(db, pull({ lastSeq: 0, changes: { goals: { upserts: [{ ...server, title: 'Theirs', version: 2 }], deletes: [] } } }));
    expect((await db.rows('goals').get(server.id))?.title).toBe('Mine');
    expect(await db.outbox.count()).toBe(1);

    // The server applied ours after theirs: the acknowledging pull brings the merged truth.
    await applyPull(db, pull({ lastSeq: 1, changes: { goals: { upserts: [{ ...server, title: 'Mine', weight: 3, version: 3 }], deletes: [] } } }));
    expect(await db.rows('goals').get(server.id)).toMatchObject({ title: 'Mine', weight: 3, version: 3 });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.shadows.count()).toBe(0);
    expect((await readMeta(db, 'seq')).pushed).toBe(1);
  });

  it('undoes a rejected change: acknowledged without a server row, the optimistic row goes', async () => {
    db = await openTestDb();
    const edited = serverGoal({ title: 'Before' });
    await db.rows('goals').put(edited);
    const created = goalArgs();
    await mutate(db, 'goal.create', created);
    await mutate(db, 'goal.update', { id: edited.id, patch: { title: 'After' } });
    await applyPull(db, pull({ lastSeq: 2 }));
    expect(await db.rows('goals').get(created.id)).toBeUndefined();
    expect((await db.rows('goals').get(edited.id))?.title).toBe('Before');
  });

  it('keeps rows whose later mutations are still pending, dropping only entries <= lastSeq', async () => {
    db = await openTestDb();
    const args = goalArgs();
    await mutate(db, 'goal.create', args);
    await mutate(db, 'goal.update', { id: args.id, patch: { title: 'Later' } });
    await applyPull(db, pull({ lastSeq: 1, changes: { goals: { upserts: [serverGoal({ id: args.id, title: args.title })], deletes: [] } } }));
    expect((await db.rows('goals').get(args.id))?.title).toBe('Later');
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([2]);
    expect((await db.shadows.get(['goals', args.id]))?.row).toMatchObject({ title: args.title });
  });

  it('is all or nothing: a failing write leaves rows, outbox and cursor as they were', async () => {
    db = await openTestDb();
    await mutate(db, 'goal.create', goalArgs());
    const bad = pull({ lastSeq: 1, cursor: 'c9', changes: { cycles: { upserts: [serverGoal()], deletes: [] }, goals: { upserts: [{ title: 'no id' }], deletes: [] } } });
    await expect(applyPull(db, bad)).rejects.toThrow();
    expect(await db.rows('cycles').count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    expect(await readMeta(db, 'pull')).toEqual({ cursor: null, version: 0 });
  });

  it('reset replaces every synced table but keeps pending rows and rebases them on the new truth', async () => {
    db = await openTestDb();
    const stale = serverGoal();
    const pendingId = goalArgs().id;
    await db.rows('goals').put(stale);
    await mutate(db, 'goal.create', { ...goalArgs(), id: pendingId, title: 'Pending' });
    const fresh = serverGoal();
    await applyPull(db, pull({ reset: true, lastSeq: 0, changes: { goals: { upserts: [fresh], deletes: [] } } }));
    expect((await db.rows('goals').toArray()).map((g) => g.id).sort()).toEqual([fresh.id, pendingId].sort());
    expect((await db.shadows.get(['goals', pendingId]))?.row).toBeNull();
  });

  it('a reset page replaces only the id ranges it covers, keeping pending rows with an empty server copy', async () => {
    db = await openTestDb();
    const [a, b, p, c, d] = Array.from({ length: 5 }, () => serverGoal()).sort((x, y) => (x.id < y.id ? -1 : 1)) as [ReturnType<typeof serverGoal>, ...Array<ReturnType<typeof serverGoal>>];
    await db.rows('goals').bulkPut([a, b!, c!, d!]);
    await mutate(db, 'goal.create', { ...goalArgs(), id: p!.id });
    const page = pull({ reset: true, more: true, cursor: 'r1.goals', covers: { goals: { after: a.id, upTo: c!.id } }, changes: { goals: { upserts: [{ ...c!, title: 'fresh' }], deletes: [] } } });
    await applyPull(db, page);
    // b is gone (in the range, not sent); a and d lie outside the page; the pending row stays.
    expect((await db.rows('goals').toArray()).map((g) => g.id)).toEqual([a.id, p!.id, c!.id, d!.id]);
    expect((await db.rows('goals').get(c!.id))?.title).toBe('fresh');
    expect((await db.shadows.get(['goals', p!.id]))?.row).toBeNull();
    expect(await readMeta(db, 'pull')).toMatchObject({ cursor: 'r1.goals' });
  });

  it('marks the store synced only when the last page of a reset is applied, so a first view is never a partial one', async () => {
    db = await openTestDb();
    const at = () => new Date('2026-05-01T00:00:00Z');
    await applyPull(db, pull({ reset: true, more: true, cursor: 'r1.goals', covers: { persons: { after: null, upTo: null } }, changes: { persons: { upserts: [], deletes: [] } } }), at);
    expect((await readMeta(db, 'sync')).lastSyncedAt).toBeNull();
    expect(await readMeta(db, 'pull')).toMatchObject({ cursor: 'r1.goals' });
    await applyPull(db, pull({ reset: true, more: false, cursor: 'v1', covers: { goals: { after: null, upTo: null } }, changes: { goals: { upserts: [], deletes: [] } } }), at);
    expect((await readMeta(db, 'sync')).lastSyncedAt).toBe('2026-05-01T00:00:00.000Z');
  });

  it('keeps acknowledged entries whose push outcome it never heard as unconfirmed, to ask for their outcome', async () => {
    db = await openTestDb();
    for (const title of ['one', 'two', 'three']) await mutate(db, 'goal.create', { ...goalArgs(), title });
    await writeMeta(db, 'seq', { next: 4, pushed: 1 });
    await applyPull(db, pull({ lastSeq: 2 }));
    expect((await db.unconfirmed.toArray()).map((e) => e.seq)).toEqual([2]);
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([3]);
    expect((await readMeta(db, 'seq')).pushed).toBe(2);
  });

  it('never moves the confirmed seq back when a pull acknowledges less than a push confirmed', async () => {
    db = await openTestDb();
    await mutate(db, 'goal.create', goalArgs());
    await mutate(db, 'goal.create', goalArgs());
    await writeMeta(db, 'seq', { next: 3, pushed: 2 });
    await applyPull(db, pull({ lastSeq: 1 }));
    expect(await readMeta(db, 'seq')).toEqual({ next: 3, pushed: 2 });
  });

  it('keeps the rest of the sync state when it records the sync time', async () => {
    db = await openTestDb();
    await writeMeta(db, 'sync', { signedIn: false, error: 'offline', lastSyncedAt: null });
    await applyPull(db, pull({}), () => new Date('2026-05-01T00:00:00Z'));
    expect(await readMeta(db, 'sync')).toEqual({ signedIn: false, error: 'offline', lastSyncedAt: '2026-05-01T00:00:00.000Z' });
  });

  it('reset forgets the server copy of a pending edit, so a rejection then removes the row instead of restoring stale data', async () => {
    db = await openTestDb();
    const stale = serverGoal({ title: 'Stale' });
    await db.rows('goals').put(stale);
    await mutate(db, 'goal.update', { id: stale.id, patch: { title: 'Mine' } });
    await applyPull(db, pull({ reset: true, lastSeq: 0 }));
    expect((await db.shadows.get(['goals', stale.id]))?.row).toBeNull();
    await applyPull(db, pull({ lastSeq: 1 }));
    expect(await db.rows('goals').get(stale.id)).toBeUndefined();
  });

  it('keeps a pending row when the server deletes it, recording the delete in its shadow only', async () => {
    db = await openTestDb();
    const [mine, other] = [serverGoal({ title: 'Server' }), serverGoal()];
    await db.rows('goals').bulkPut([mine, other]);
    await mutate(db, 'goal.update', { id: mine.id, patch: { title: 'Mine' } });
    await applyPull(db, pull({ changes: { goals: { upserts: [], deletes: [mine.id, other.id] } } }));
    expect((await db.rows('goals').toArray()).map((g) => [g.id, g.title])).toEqual([[mine.id, 'Mine']]);
    expect(await db.shadows.toArray()).toEqual([{ table: 'goals', rowId: mine.id, row: null }]);
  });

  it('gives shadows only to pending rows: rows nobody changed here are written live and stay unpending', async () => {
    db = await openTestDb();
    const [kept, gone, arriving] = [serverGoal(), serverGoal(), serverGoal()];
    await db.rows('goals').bulkPut([kept, gone]);
    await applyPull(db, pull({ changes: { goals: { upserts: [arriving, { ...kept, title: 'Renamed', version: 2 }], deletes: [gone.id] } } }));
    expect(await db.shadows.count()).toBe(0);
    expect((await db.rows('goals').get(kept.id))?.title).toBe('Renamed');
    expect(await db.rows('goals').get(gone.id)).toBeUndefined();
  });
});
