/**
 * Push: apply a client's mutations in seq order, exactly once. The org version is taken first
 * (its row lock orders writers of the org), the client's last_seq advances in the same
 * transaction as the effects, and NOTIFY is issued inside it so it is heard only on commit.
 * A large push runs as several such transactions of bounded work (push-work.ts), so it never
 * holds the org's lock, or PGlite's one connection, for long: other requests run between them.
 */
import type { Kysely } from 'kysely';
import type { MutationResult, PushRequest, PushResponse } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import type { DB } from '../db/schema';
import { HttpError } from '../http/api-error';
import { announceChange, bumpAclVersion, nextOrgVersion } from '../orgs/orgs';
import { applyMutation } from './apply-mutation';
import { chunkByWork } from './push-work';
import { advanceClient, claimClient, recordRejection, rejectionsBetween } from './clients';
import type { HandlerContext } from './handlers/context';
import { orUnavailable } from './unavailable';

/** The push inside a transaction the caller holds (the seed applies many in one). */
export async function pushInTransaction(tx: Kysely<DB>, principal: Principal, request: PushRequest, now: Date): Promise<PushResponse> {
  const version = await nextOrgVersion(tx, principal.orgId);
  const lastSeq = await claimClient(tx, principal, request.clientId);
  const firstSeq = request.mutations[0]!.seq;
  if (firstSeq > lastSeq + 1)
    throw new HttpError(409, 'seq_gap', `the push starts at seq ${firstSeq} but the server expects ${lastSeq + 1}`, { expectedSeq: lastSeq + 1 });

  const earlierRejections = await rejectionsBetween(tx, principal, request.clientId, firstSeq, lastSeq);
  const ctx: HandlerContext = { tx, principal, orgId: principal.orgId, version, now: now.toISOString(), aclChanged: false };
  const results: MutationResult[] = [];
  let applied = 0;
  let aclChanged = false;
  for (const mutation of request.mutations) {
    const base = { id: mutation.id, seq: mutation.seq };
    if (mutation.seq <= lastSeq) {
      const reason = earlierRejections.get(mutation.seq);
      results.push({ ...base, status: reason === undefined ? 'duplicate' : 'rejected', reason: reason ?? null });
      continue;
    }
    const outcome = await applyMutation(ctx, mutation);
    if (outcome.status === 'applied') {
      applied++;
      aclChanged ||= outcome.aclChanged;
      results.push({ ...base, status: 'applied', reason: null });
    } else {
      await recordRejection(tx, principal, request.clientId, { seq: mutation.seq, mutationId: mutation.id, name: mutation.name, reason: outcome.reason });
      results.push({ ...base, status: 'rejected', reason: outcome.reason });
    }
  }

  const newLastSeq = Math.max(lastSeq, request.mutations.at(-1)!.seq);
  if (newLastSeq > lastSeq) await advanceClient(tx, principal, request.clientId, newLastSeq);
  if (aclChanged) await bumpAclVersion(tx, principal.orgId);
  if (applied > 0) await announceChange(tx, { orgId: principal.orgId, version, aclChanged });
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
    last = await orUnavailable(() => db.transaction().execute((tx) => pushInTransaction(tx, principal, { ...request, mutations }, now)));
    results.push(...last.results);
  }
  return { ...last!, results };
}
