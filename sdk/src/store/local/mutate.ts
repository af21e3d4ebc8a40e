/**
 * A local mutation: validated with the model, then the optimistic row change and the outbox
 * entry are written in one transaction, so the UI updates at once and the change survives a
 * closed tab. Seqs come from the same transaction, so concurrent callers (and tabs) get
 * consecutive, gapless numbers.
 */
import { MUTATIONS, uuidv7, type MutationArgs, type MutationInput, type MutationName } from '../../model';
import type { SightlineDb } from '../db';
import { readMeta, writeMeta } from '../meta';
import { ValidationError } from '../validation-error';
import { localEffect } from './effects';
import { keepServerCopy } from './shadows';

export class NotSignedInError extends Error {
  override readonly name = 'NotSignedInError';
  constructor() {
    super('the signed-in person is not known yet; sign in and sync first');
  }
}

function parseArgs<N extends MutationName>(name: N, input: MutationInput<N>): MutationArgs<N> {
  const schema = MUTATIONS[name];
  if (!schema) throw new ValidationError([{ path: '', message: `unknown mutation ${String(name)}` }]);
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data as MutationArgs<N>;
}

export async function mutate<N extends MutationName>(
  db: SightlineDb,
  name: N,
  input: MutationInput<N>,
  now: () => Date = () => new Date(),
): Promise<{ id: string; seq: number }> {
  const args = parseArgs(name, input);
  const me = await readMeta(db, 'me');
  if (!me) throw new NotSignedInError();
  const at = now().toISOString();
  const effect = localEffect(name, args, { me, at });
  const table = db.anyRows(effect.table);

  return db.transaction('rw', [db.meta, db.outbox, db.shadows, table], async () => {
    const current = await table.get(effect.rowId);
    const next = effect.next(current);
    await keepServerCopy(db, effect.table, effect.rowId, current);
    if (next) await table.put(next);
    else await table.delete(effect.rowId);

    const seq = await readMeta(db, 'seq');
    await writeMeta(db, 'seq', { ...seq, next: seq.next + 1 });
    const entry = { seq: seq.next, id: uuidv7(), name, args, at, table: effect.table, rowId: effect.rowId };
    await db.outbox.add(entry);
    return { id: entry.id, seq: entry.seq };
  });
}
