/**
 * Reading and writing synced rows inside a push. Every write is scoped by the acting org and
 * stamped with the push's version; deletes are tombstones so pulls can tell clients about them.
 * In a set-based run (ctx.batch) they go through the run's RowBatch instead of a query each.
 */
import type { Kysely } from 'kysely';
import type { RowOf, TableName } from '@sightline/sdk/model';
import { encodeRow } from '../db/row-codec';
import type { HandlerContext } from './handlers/context';
import { reject } from './rejection';

export type StoredModelRow<T extends TableName> = RowOf<T> & { deletedAt: string | null };
/** What a handler supplies: the model row without the server-owned stamp. */
export type RowFields<T extends TableName> = Omit<RowOf<T>, 'orgId' | 'version' | 'updatedAt'>;

const LABELS: Record<TableName, string> = {
  persons: 'person',
  teams: 'team',
  cycles: 'cycle',
  goals: 'goal',
  metrics: 'metric',
  metricValues: 'metric value',
  checkIns: 'check-in',
  feedback: 'feedback',
  feedbackRequests: 'feedback request',
  skills: 'skill',
  developmentActions: 'development action',
  reviews: 'review',
  supportDecisions: 'support decision',
  reviewTemplates: 'review template',
  checkInCadences: 'check-in cadence',
  skillGaps: 'skill gap',
};

// The table is chosen at run time; Kysely cannot type that, so the cast lives here and only here.
const untyped = (ctx: HandlerContext) => ctx.tx as unknown as Kysely<Record<string, Record<string, unknown>>>;

export async function findRow<T extends TableName>(ctx: HandlerContext, table: T, id: string): Promise<StoredModelRow<T> | undefined> {
  const row = ctx.batch ? await ctx.batch.find(table, id) : await untyped(ctx).selectFrom(table as string).selectAll().where('orgId', '=', ctx.orgId).where('id', '=', id).executeTakeFirst();
  return row as StoredModelRow<T> | undefined;
}

/** The live row, or a rejection naming the field that pointed at it. */
export async function findLiveRow<T extends TableName>(ctx: HandlerContext, table: T, id: string, field: string): Promise<StoredModelRow<T>> {
  const row = await findRow(ctx, table, id);
  if (!row || row.deletedAt) reject(`${field}: ${LABELS[table]} ${id} does not exist`);
  return row;
}

/** An active person of the org, or a rejection naming the field. */
export async function findActivePerson(ctx: HandlerContext, id: string, field: string): Promise<StoredModelRow<'persons'>> {
  const person = await findLiveRow(ctx, 'persons', id, field);
  if (!person.active) reject(`${field}: person ${id} is not active`);
  return person;
}

/** The handler-facing fields of a stored row (drops the server stamp and the tombstone). */
export function fieldsOf<T extends TableName>(row: StoredModelRow<T>): RowFields<T> {
  const { orgId: _org, version: _version, updatedAt: _updated, deletedAt: _deleted, ...fields } = row;
  return fields as RowFields<T>;
}

const stamp = (ctx: HandlerContext) => ({ orgId: ctx.orgId, version: ctx.version, updatedAt: ctx.now });

/** Inserts a new row; an id that is already taken (even by a deleted row) is a rejection, never an overwrite. */
export async function insertRow<T extends TableName>(ctx: HandlerContext, table: T, fields: RowFields<T>): Promise<void> {
  const id = (fields as { id: string }).id;
  if (await findRow(ctx, table, id)) reject(`id: ${LABELS[table]} ${id} already exists`);
  if (ctx.batch) return ctx.batch.insert(table, { ...fields, ...stamp(ctx), deletedAt: null });
  await untyped(ctx)
    .insertInto(table as string)
    .values(encodeRow(table, { ...fields, ...stamp(ctx), deletedAt: null }))
    .execute();
}

export async function updateRow<T extends TableName>(ctx: HandlerContext, table: T, id: string, changes: Partial<RowFields<T>>): Promise<void> {
  if (ctx.batch) return ctx.batch.update(table, id, { ...changes, ...stamp(ctx) });
  await untyped(ctx)
    .updateTable(table as string)
    .set(encodeRow(table, { ...changes, ...stamp(ctx) }))
    .where('orgId', '=', ctx.orgId)
    .where('id', '=', id)
    .execute();
}

/** Tombstones the live rows of `table` whose `column` is one of `values`. */
export async function tombstoneWhere(ctx: HandlerContext, table: TableName, column: string, values: readonly string[]): Promise<void> {
  if (values.length === 0) return;
  if (ctx.batch) {
    // Batched mutations only tombstone rows they name by id (set-apply.ts keeps the others out).
    if (column !== 'id') throw new Error(`a batched tombstone of ${table} by ${column}`);
    for (const id of values) if ((await findRow(ctx, table, id))?.deletedAt === null) ctx.batch.update(table, id, { ...stamp(ctx), deletedAt: ctx.now });
    return;
  }
  await untyped(ctx)
    .updateTable(table as string)
    .set({ ...stamp(ctx), deletedAt: ctx.now })
    .where('orgId', '=', ctx.orgId)
    .where(column, 'in', values)
    .where('deletedAt', 'is', null)
    .execute();
}
