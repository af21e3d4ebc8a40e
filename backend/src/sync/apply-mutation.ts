/**
 * One mutation: first checked without the database (scope, args schema, storable text), then
 * its handler runs inside the push transaction. One by one, each runs behind a savepoint: if it
 * fails for a permanent reason, everything it wrote is undone and the reason is returned; a
 * temporary database failure is rethrown so the whole push aborts and the client retries.
 */
import { sql } from 'kysely';
import { mayApplyMutation } from '../auth/scopes';
import type { Principal } from '../auth/principal';
import { MUTATIONS, type Mutation } from '@sightline/sdk/model';
import { isConstraintViolation, isDataException, isTransientError } from '../db/errors';
import { logError } from '../http/log-error';
import { findInStrings, unstorableText, yearZero } from '../http/unstorable';
import type { HandlerContext } from './handlers/context';
import { HANDLERS } from './handlers';
import { Rejection, reject, rejectIssues } from './rejection';
import { webhookEventsOf } from '../webhooks/events';

const unstorable = (text: string) => unstorableText(text) ?? yearZero(text);

export type Outcome = { status: 'applied'; aclChanged: boolean } | { status: 'rejected'; reason: string };

/** A mutation after the checks that need no database: its parsed args, or why it is refused. */
export type Prepared = { mutation: Mutation; args: unknown; refusal?: undefined } | { mutation: Mutation; args?: undefined; refusal: string };

function reasonFor(error: unknown, mutation: Mutation): string {
  if (error instanceof Rejection) return error.message;
  if (isConstraintViolation(error)) return `conflicts with existing data: ${(error as Error).message}`;
  if (isDataException(error)) return `holds a value the database cannot store: ${(error as Error).message}`;
  // A bug, not the client's fault; reject rather than make the client retry a poisoned mutation forever.
  logError(`mutation ${mutation.name} (${mutation.id}) failed unexpectedly`, error);
  return 'could not be applied because of a server error';
}

function checkedArgs(principal: Principal, { name, args }: Mutation): unknown {
  if (!mayApplyMutation(principal, name)) reject(`${name} needs a token with scope sync; this one has ${principal.scopes!.join(', ')}`);
  const parsed = MUTATIONS[name].safeParse(args);
  if (!parsed.success) rejectIssues(parsed.error, 'args');
  const bad = findInStrings(parsed.data, unstorable, ['args']);
  if (bad) reject(`${bad.path}: ${bad.message}`);
  return parsed.data;
}

export function prepareMutation(principal: Principal, mutation: Mutation): Prepared {
  try {
    return { mutation, args: checkedArgs(principal, mutation) };
  } catch (error) {
    return { mutation, refusal: reasonFor(error, mutation) };
  }
}

/** The handler, and the webhook events of what it applied (queued in the same transaction). */
async function runHandler(ctx: HandlerContext, { mutation, args }: Prepared): Promise<void> {
  const queueWebhooks = await webhookEventsOf(ctx, mutation.name, args);
  await (HANDLERS[mutation.name] as (ctx: HandlerContext, args: unknown) => Promise<void>)(ctx, args);
  await queueWebhooks();
}

export async function applyMutation(ctx: HandlerContext, prepared: Prepared): Promise<Outcome> {
  if (prepared.refusal !== undefined) return { status: 'rejected', reason: prepared.refusal };
  await sql`savepoint mutation`.execute(ctx.tx);
  ctx.aclChanged = false;
  try {
    await runHandler(ctx, prepared);
    await sql`release savepoint mutation`.execute(ctx.tx);
    return { status: 'applied', aclChanged: ctx.aclChanged };
  } catch (error) {
    if (isTransientError(error)) throw error;
    await sql`rollback to savepoint mutation`.execute(ctx.tx);
    return { status: 'rejected', reason: reasonFor(error, prepared.mutation) };
  }
}

/**
 * In a set-based run (ctx.batch): a rejection undoes the mutation's writes in the batch; any
 * other failure is thrown, and the caller applies the push again one by one (set-apply.ts).
 */
export async function applyBatched(ctx: HandlerContext & { batch: NonNullable<HandlerContext['batch']> }, prepared: Prepared): Promise<Outcome> {
  if (prepared.refusal !== undefined) return { status: 'rejected', reason: prepared.refusal };
  ctx.batch.begin();
  ctx.aclChanged = false;
  try {
    await runHandler(ctx, prepared);
    return { status: 'applied', aclChanged: ctx.aclChanged };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    ctx.batch.discard();
    return { status: 'rejected', reason: error.message };
  }
}
