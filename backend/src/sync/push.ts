/**
 * Push: apply a client's mutations in seq order, exactly once. The client's row is claimed
 * first (its lock orders pushes of one client) and the mutations are checked without the
 * database; only then is the org version taken, whose row lock orders the org's writers until
 * commit, so versions commit in the order they were handed out and a pull never skips one.
 * The client's last_seq advances in the same transaction as the effects, and NOTIFY is issued
 * inside it so it is heard only on commit. A large push runs as several such transactions of
 * bounded work (push-work.ts), so it never holds the org's lock, or PGlite's one connection,
 * for long: other requests run between them.
 */
import type { Kysely } from 'kysely';
import type { MutationResult, PushRequest, PushResponse } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';
import { HttpError } from '../http/api-error';
import { announceChange, bumpAclVersion, nextOrgVersion } from '../orgs/orgs';
import { applyMutation, prepareMutation, type Outcome, type Prepared } from './apply-mutation';
import { chunkByWork } from './push-work';
import { advanceClient, claimClient, recordRejections, rejectionsBetween, type StoredRejection } from './clients';
import type { HandlerContext } from './handlers/context';
import { SetApplyFailed, applySetBased } from './set-apply';
import { orUnavailable } from './unavailable';

/** 'set': runs of mutations in few statements (set-apply.ts); 'each': one by one, each behind a savepoint. */
export type ApplyMode = 'set' | 'each';

async function applyEach(ctx: HandlerContext, prepared: readonly Prepared[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const item of prepared) outcomes.push(await applyMutation(ctx, item));
  return outcomes;
}

/** The push inside a transaction the caller holds (the seed applies many in one). */
export async function pushInTransaction(tx: Kysely<DB>, principal: Principal, request: PushRequest, now: Date, mode: ApplyMode = 'each'): Promise<PushResponse> {
  const lastSeq = await claimClient(tx, principal, request.clientId);
  const firstSeq = request.mutations[0]!.seq;
  if (firstSeq > lastSeq + 1)
    throw new HttpError(409, 'seq_gap', `the push starts at seq ${firstSeq} but the server expects ${lastSeq + 1}`, { expectedSeq: lastSeq + 1 });
  const earlierRejections = await rejectionsBetween(tx, principal, request.clientId, firstSeq, lastSeq);
  const fresh = request.mutations.filter((m) => m.seq > lastSeq).map((m) => prepareMutation(principal, m));

  const version = await nextOrgVersion(tx, principal.orgId);
  const ctx: HandlerContext = { tx, principal, orgId: principal.orgId, version, now: now.toISOString(), aclChanged: false };
  const outcomes = mode === 'set' ? await applySetBased(ctx, fresh) : await applyEach(ctx, fresh);

  const results: MutationResult[] = request.mutations
    .filter((m) => m.seq <= lastSeq)
    .map((m) => {
      const reason = earlierRejections.get(m.seq);
      return { id: m.id, seq: m.seq, status: reason === undefined ? 'duplicate' : 'rejected', reason: reason ?? null };
    });
  const rejections: StoredRejection[] = [];
  fresh.forEach(({ mutation }, i) => {
    const outcome = outcomes[i]!;
    const reason = outcome.status === 'rejected' ? outcome.reason : null;
    results.push({ id: mutation.id, seq: mutation.seq, status: outcome.status, reason });
    if (reason !== null) rejections.push({ seq: mutation.seq, mutationId: mutation.id, name: mutation.name, reason });
  });
  await recordRejections(tx, principal, request.clientId, rejections);

  const applied = outcomes.filter((o) => o.status === 'applied');
  const aclChanged = applied.some((o) => o.aclChanged);
  const newLastSeq = Math.max(lastSeq, request.mutations.at(-1)!.seq);
  if (newLastSeq > lastSeq) await advanceClient(tx, principal, request.clientId, newLastSeq);
  if (aclChanged) await bumpAclVersion(tx, principal.orgId);
  if (applied.length > 0) await announceChange(tx, { orgId: principal.orgId, version, aclChanged });
  return { lastSeq: newLastSeq, version, results };
}

/**
 * Applies a validated push as `principal`. Throws HttpError: 403 (client id bound to someone
 * else), 409 seq_gap, 503 when the database failed temporarily (nothing was applied).
 */
export async function applyPush(db: Kysely<DB>, principal: Principal, request: PushRequest, now: Date = new Date()): Promise<PushResponse> {
  const results: MutationResult[] = [];
  let last: PushResponse | undefined;
  for (const mutations of chunkByWork(request.mutations)) {
    // A retry after a failure here finds the earlier chunks done: they come back as duplicates.
    if (last) await new Promise((resume) => setImmediate(resume));
    const attempt = (mode: ApplyMode) =>
      orUnavailable(() => db.transaction().execute((tx) => pushInTransaction(tx, principal, { ...request, mutations }, now, mode)));
    // A set-based step that fails rolls the whole transaction back; one by one, each mutation meets its own fate.
    last = await attempt('set').catch((error: unknown) => {
      if (error instanceof SetApplyFailed) return attempt('each');
      throw error;
    });
    results.push(...last.results);
  }
  return { ...last!, results };
}
