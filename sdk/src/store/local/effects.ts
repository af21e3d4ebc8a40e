/**
 * What each mutation does to the local copy, as a pure function of its args: which row it
 * touches and what that row becomes. The client applies it optimistically; the in-memory test
 * server applies the same function, so the two can only disagree about the protocol.
 */
import type { z } from 'zod/mini';
import { TABLES, type MutationArgs, type MutationName, type Person, type TableName } from '../../model';
import { ValidationError } from '../validation-error';

export type AnyRow = { id: string } & Record<string, unknown>;

export interface LocalEffect {
  table: TableName;
  rowId: string;
  /** The row after the mutation, or null when the mutation removes it; throws ValidationError if it cannot apply. */
  next(current: AnyRow | undefined): AnyRow | null;
}

export interface EffectContext {
  me: Person;
  /** When the mutation was made; stamps updatedAt until the server's row arrives. */
  at: string;
}

type EffectOf<N extends MutationName> = (args: MutationArgs<N>, ctx: EffectContext) => LocalEffect;

/** The stored row must satisfy the table schema too (cross-field rules after a merge, self feedback...). */
function checked(table: TableName, row: AnyRow, argsPath: readonly string[]): AnyRow {
  const result = (TABLES[table].schema as z.ZodMiniType).safeParse(row);
  if (!result.success) throw ValidationError.fromZod(result.error, argsPath);
  return result.data as AnyRow;
}

const serverFields = (ctx: EffectContext) => ({ orgId: ctx.me.orgId, version: 0, updatedAt: ctx.at });

function insert(table: TableName, fields: { id: string }, ctx: EffectContext, extra: object = {}): LocalEffect {
  return {
    table,
    rowId: fields.id,
    next(current) {
      if (current) throw new ValidationError([{ path: 'id', message: `already exists in ${table}` }]);
      return checked(table, { ...fields, ...extra, ...serverFields(ctx) }, []);
    },
  };
}

/** Replaces the whole row (natural-key rows such as check-ins, and saved drafts). */
function upsert(table: TableName, fields: { id: string }, ctx: EffectContext, kept: (current: AnyRow | undefined) => object = () => ({})): LocalEffect {
  return { table, rowId: fields.id, next: (current) => checked(table, { ...fields, ...kept(current), ...serverFields(ctx) }, []) };
}

/** A change to a row that must already exist. */
function change(table: TableName, id: string, next: (current: AnyRow) => AnyRow | null): LocalEffect {
  return {
    table,
    rowId: id,
    next(current) {
      if (!current) throw new ValidationError([{ path: 'id', message: `no such row in ${table}` }]);
      return next(current);
    },
  };
}

const update = (table: TableName, id: string, patch: object, ctx: EffectContext, argsPath: readonly string[] = ['patch']) =>
  change(table, id, (current) => checked(table, { ...current, ...patch, updatedAt: ctx.at }, argsPath));

const remove = (table: TableName, id: string) => change(table, id, () => null);

const LOCAL_EFFECTS: { [N in MutationName]: EffectOf<N> } = {
  'cycle.create': (a, ctx) => insert('cycles', a, ctx),
  'cycle.update': (a, ctx) => update('cycles', a.id, a.patch, ctx),
  'team.create': (a, ctx) => insert('teams', a, ctx),
  'team.update': (a, ctx) => update('teams', a.id, a.patch, ctx),
  'goal.create': (a, ctx) => insert('goals', a, ctx),
  'goal.update': (a, ctx) => update('goals', a.id, a.patch, ctx),
  'goal.delete': (a) => remove('goals', a.id),
  'metric.create': (a, ctx) => insert('metrics', a, ctx),
  'metric.update': (a, ctx) => update('metrics', a.id, a.patch, ctx),
  'metric.record': (a, ctx) => insert('metricValues', a, ctx, { recordedBy: ctx.me.id }),
  'checkin.submit': (a, ctx) => upsert('checkIns', a, ctx),
  'feedback.create': (a, ctx) => insert('feedback', a, ctx, { authorId: ctx.me.id }),
  'feedback.delete': (a) => remove('feedback', a.id),
  'feedbackRequest.create': (a, ctx) =>
    insert('feedbackRequests', a, ctx, { requesterId: ctx.me.id, status: 'open', feedbackId: null, declineReason: null }),
  'feedbackRequest.decline': (a, ctx) => update('feedbackRequests', a.id, { status: 'declined', declineReason: a.reason }, ctx, []),
  'feedbackRequest.cancel': (a, ctx) => update('feedbackRequests', a.id, { status: 'cancelled' }, ctx, []),
  'support.decide': (a, ctx) => upsert('supportDecisions', a, ctx, () => ({ decidedBy: ctx.me.id })),
  'skill.create': (a, ctx) => insert('skills', a, ctx),
  'developmentAction.create': (a, ctx) => insert('developmentActions', a, ctx),
  'developmentAction.update': (a, ctx) => update('developmentActions', a.id, a.patch, ctx),
  'review.save': (a, ctx) =>
    upsert('reviews', a, ctx, (current) => ({
      reviewerId: current?.reviewerId ?? ctx.me.id,
      calibratedRating: current?.calibratedRating ?? null,
    })),
  'review.calibrate': (a, ctx) => update('reviews', a.id, { calibratedRating: a.calibratedRating }, ctx, []),
  'review.share': (a, ctx) => update('reviews', a.id, { status: 'shared' }, ctx, []),
  'reviewTemplate.save': (a, ctx) => upsert('reviewTemplates', a, ctx),
  'cadence.set': (a, ctx) => upsert('checkInCadences', a, ctx),
  'skillGap.raise': (a, ctx) => insert('skillGaps', a, ctx, { raisedBy: ctx.me.id }),
  'skillGap.setStatus': (a, ctx) => update('skillGaps', a.id, { status: a.status }, ctx, []),
};

/** The effect of one mutation; args must already be parsed with MUTATIONS[name]. */
export function localEffect<N extends MutationName>(name: N, args: MutationArgs<N>, ctx: EffectContext): LocalEffect {
  return (LOCAL_EFFECTS[name] as EffectOf<N>)(args, ctx);
}
