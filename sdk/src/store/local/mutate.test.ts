import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SightlineDb } from '../db';
import { readMeta } from '../meta';
import { goalArgs, openTestDb, serverGoal } from '../testing/fixtures';
import { ValidationError } from '../validation-error';
import { NotSignedInError, mutate } from './mutate';

const opened: SightlineDb[] = [];
async function db(...args: Parameters<typeof openTestDb>) {
  const d = await openTestDb(...args);
  opened.push(d);
  return d;
}
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

describe('mutate', () => {
  it('writes the optimistic row and the outbox entry together, visible at once', async () => {
    const d = await db();
    const args = goalArgs();
    const { id, seq } = await mutate(d, 'goal.create', args);
    expect(seq).toBe(1);
    expect(await d.rows('goals').get(args.id)).toMatchObject({ title: args.title, version: 0 });
    expect(await d.outbox.toArray()).toEqual([expect.objectContaining({ seq: 1, id, name: 'goal.create', table: 'goals', rowId: args.id })]);
    expect(await d.shadows.get(['goals', args.id])).toEqual({ table: 'goals', rowId: args.id, row: null });
  });

  it('assigns consecutive seqs in outbox order to many concurrent calls, across two connections (tabs)', async () => {
    const tab1 = await db();
    const tab2 = new SightlineDb(tab1.name);
    await tab2.open();
    const calls = Array.from({ length: 60 }, (_, i) => mutate(i % 2 ? tab1 : tab2, 'goal.create', goalArgs({ title: `Goal ${i}` })));
    const results = await Promise.all(calls);
    tab2.close();

    const seqs = results.map((r) => r.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const outbox = await tab1.outbox.toArray();
    expect(outbox.map((e) => e.seq)).toEqual(seqs);
    expect(new Set(outbox.map((e) => e.id)).size).toBe(60);
    expect((await readMeta(tab1, 'seq')).next).toBe(61);
  });

  it('throws a ValidationError naming the field and writes nothing, not even a seq', async () => {
    const d = await db();
    const error = await mutate(d, 'goal.create', goalArgs({ title: '   ' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: 'title', message: 'must not be empty' }]);

    await expect(mutate(d, 'goal.update', { id: goalArgs().id, patch: { title: 'x' } })).rejects.toThrow(/no such row/);
    expect(await d.outbox.count()).toBe(0);
    expect(await d.shadows.count()).toBe(0);
    expect((await readMeta(d, 'seq')).next).toBe(1);
  });

  it('keeps the first server copy of a row across several pending changes', async () => {
    const d = await db();
    const serverRow = serverGoal({ version: 3 });
    await d.rows('goals').put(serverRow);
    await mutate(d, 'goal.update', { id: serverRow.id, patch: { title: 'One' } });
    await mutate(d, 'goal.update', { id: serverRow.id, patch: { weight: 5 } });
    expect(await d.rows('goals').get(serverRow.id)).toMatchObject({ title: 'One', weight: 5 });
    expect((await d.shadows.get(['goals', serverRow.id]))?.row).toEqual(serverRow);
  });

  it('refuses before the signed-in person is known', async () => {
    const d = await db(null);
    const refusal = mutate(d, 'goal.create', goalArgs());
    await expect(refusal).rejects.toBeInstanceOf(NotSignedInError);
    await expect(refusal).rejects.toMatchObject({ name: 'NotSignedInError', message: 'the signed-in person is not known yet; sign in and sync first' });
  });

  it('refuses a mutation name the model does not know, naming it', async () => {
    const d = await db();
    const unknown = mutate(d, 'goal.explode' as 'goal.create', goalArgs());
    await expect(unknown).rejects.toBeInstanceOf(ValidationError);
    await expect(unknown).rejects.toMatchObject({ issues: [{ path: '', message: 'unknown mutation goal.explode' }] });
    expect(await d.outbox.count()).toBe(0);
  });

  it('a delete removes the live row at once and queues the delete', async () => {
    const d = await db();
    const serverRow = serverGoal();
    await d.rows('goals').put(serverRow);
    await mutate(d, 'goal.delete', { id: serverRow.id });
    expect(await d.rows('goals').get(serverRow.id)).toBeUndefined();
    expect(await d.outbox.toArray()).toEqual([expect.objectContaining({ seq: 1, name: 'goal.delete', table: 'goals', rowId: serverRow.id })]);
    expect((await d.shadows.get(['goals', serverRow.id]))?.row).toEqual(serverRow);
  });
});
