/**
 * Applies one mutation inside the push transaction, behind a savepoint: if it fails for a
 * permanent reason, everything it wrote is undone and the reason is returned; a temporary
 * database failure is rethrown so the whole push aborts and the client retries.
 */
import { sql } from 'kysely';
import { mayApplyMutation } from '../auth/scopes';
import { MUTATIONS, type Mutation, type MutationName } from '@sightline/sdk/model';
import { isConstraintViolation, isDataException, isTransientError } from '../db/errors';
import { logError } from '../http/log-error';
import { findInStrings, unstorableText, yearZero } from '../http/unstorable';
import type { HandlerContext } from './handlers/context';
import { HANDLERS } from './handlers';
import { Rejection, reject, rejectIssues } from './rejection';
import { webhookEventsOf } from '../webhooks/events';

const unstorable = (text: string) => unstorableText(text) ?? yearZero(text);

export type Outcome = { status: 'applied'; aclChanged: boolean } | { status: 'rejected'; reason: string };

async function run<N extends MutationName>(ctx: HandlerContext, name: N, rawArgs: unknown): Promise<void> {
  if (!mayApplyMutation(ctx.principal, name)) throw new Rejection(`${name} needs a token with scope sync; this one has ${ctx.principal.scopes!.join(', ')}`);
  const parsed = MUTATIONS[name].safeParse(rawArgs);
  if (!parsed.success) rejectIssues(parsed.error, 'args');
  const bad = findInStrings(parsed.data, unstorable, ['args']);
  if (bad) reject(`${bad.path}: ${bad.message}`);
  const queueWebhooks = await webhookEventsOf(ctx, name, parsed.data);
  await (HANDLERS[name] as (ctx: HandlerContext, args: unknown) => Promise<void>)(ctx, parsed.data);
  await queueWebhooks();
}

function reasonFor(error: unknown, mutation: Mutation): string {
  if (error instanceof Rejection) return error.message;
  if (isConstraintViolation(error)) return `conflicts with existing data: ${(error as Error).message}`;
  if (isDataException(error)) return `holds a value the database cannot store: ${(error as Error).message}`;
  // A bug, not the client's fault; reject rather than make the client retry a poisoned mutation forever.
  logError(`mutation ${mutation.name} (${mutation.id}) failed unexpectedly`, error);
  return 'could not be applied because of a server error';
}

export async function applyMutation(ctx: HandlerContext, mutation: Mutation): Promise<Outcome> {
  await sql`savepoint mutation`.execute(ctx.tx);
  ctx.aclChanged = false;
  try {
    await run(ctx, mutation.name, mutation.args);
    await sql`release savepoint mutation`.execute(ctx.tx);
    return { status: 'applied', aclChanged: ctx.aclChanged };
  } catch (error) {
    if (isTransientError(error)) throw error;
    await sql`rollback to savepoint mutation`.execute(ctx.tx);
    return { status: 'rejected', reason: reasonFor(error, mutation) };
  }
}
