/**
 * Applies a push's mutations set-based: consecutive mutations of the kinds in ROW_TABLE form a
 * run whose referenced rows are read with one query per table and whose writes go out with one
 * statement per table (row-batch.ts). The other kinds (goals, which read the goal tree with
 * their own queries, and teams, which access checks read) apply one by one between runs, as
 * before. Rejections, their reasons and seq order are the same as one by one; when anything
 * else fails, SetApplyFailed asks the caller to roll back and apply the push one by one.
 */
import type { MutationName, TableName } from '@sightline/sdk/model';
import { isTransientError } from '../db/errors';
import { applyBatched, applyMutation, type Outcome, type Prepared } from './apply-mutation';
import type { HandlerContext } from './handlers/context';
import { RowBatch } from './row-batch';

/**
 * The kinds applied in runs, with the table their `args.id` names. Their handlers read synced
 * rows only by id (through rows.ts) and otherwise only persons and teams, which none of them
 * writes, so a run's reads stay true while its writes wait in memory.
 */
const ROW_TABLE: Partial<Record<MutationName, TableName>> = {
  'cycle.create': 'cycles',
  'metric.create': 'metrics',
  'metric.update': 'metrics',
  'metric.record': 'metricValues',
  'checkin.submit': 'checkIns',
  'feedback.create': 'feedback',
  'feedback.delete': 'feedback',
  'feedbackRequest.create': 'feedbackRequests',
  'feedbackRequest.decline': 'feedbackRequests',
  'skill.create': 'skills',
  'developmentAction.create': 'developmentActions',
  'developmentAction.update': 'developmentActions',
  'review.save': 'reviews',
  'review.calibrate': 'reviews',
};

/** Args fields that name a row, and its table: a run reads them all up front (a miss is read on demand). */
const REFERENCES: Record<string, TableName> = {
  subjectId: 'persons',
  recipientId: 'persons',
  personId: 'persons',
  ownerId: 'persons',
  leadId: 'persons',
  goalId: 'goals',
  metricId: 'metrics',
  requestId: 'feedbackRequests',
  cycleId: 'cycles',
  skillId: 'skills',
  skillIds: 'skills',
};

export class SetApplyFailed extends Error {
  override readonly name = 'SetApplyFailed';
}

function collectReferences(value: unknown, add: (table: TableName, id: string) => void): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const table = REFERENCES[key];
    if (table && typeof item === 'string') add(table, item);
    else if (table && Array.isArray(item)) for (const id of item) if (typeof id === 'string') add(table, id);
    else collectReferences(item, add);
  }
}

function rowsNamedBy(run: readonly Prepared[]): Map<TableName, Set<string>> {
  const ids = new Map<TableName, Set<string>>();
  const add = (table: TableName, id: string) => ids.set(table, (ids.get(table) ?? new Set()).add(id));
  for (const { mutation, args, refusal } of run) {
    if (refusal !== undefined) continue;
    add(ROW_TABLE[mutation.name]!, (args as { id: string }).id);
    collectReferences(args, add);
  }
  return ids;
}

/**
 * Whether a mutation may join a run. Feedback answering a request is checked by a visibility
 * query over the feedback it just wrote (handlers/feedback.ts), and a value recorded from a
 * piece of work by a query for an earlier value with its key (handlers/metrics.ts); a run's
 * deferred write would not show yet, so these apply alone.
 */
const inRun = ({ mutation, args }: Prepared): boolean =>
  ROW_TABLE[mutation.name] !== undefined &&
  !(mutation.name === 'feedback.create' && (args as { requestId?: string | null } | undefined)?.requestId) &&
  !(mutation.name === 'metric.record' && (args as { recordKey?: string | null } | undefined)?.recordKey);

/** Consecutive mutations that may join a run together; every other mutation alone. */
function runsOf(prepared: readonly Prepared[]): Prepared[][] {
  const runs: Prepared[][] = [];
  for (const item of prepared) {
    const last = runs.at(-1);
    if (inRun(item) && last && inRun(last[0]!)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

async function applyRun(base: HandlerContext, run: readonly Prepared[]): Promise<Outcome[]> {
  if (!inRun(run[0]!)) return [await applyMutation(base, run[0]!)];
  const batch = new RowBatch(base.tx, base.orgId);
  await batch.load(rowsNamedBy(run));
  const ctx = { ...base, batch };
  const outcomes: Outcome[] = [];
  for (const item of run) outcomes.push(await applyBatched(ctx, item));
  await batch.flush();
  return outcomes;
}

export async function applySetBased(ctx: HandlerContext, prepared: readonly Prepared[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  try {
    for (const run of runsOf(prepared)) outcomes.push(...(await applyRun(ctx, run)));
  } catch (error) {
    if (isTransientError(error)) throw error;
    throw new SetApplyFailed('a set-based step failed', { cause: error });
  }
  return outcomes;
}
