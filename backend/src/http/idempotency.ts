/**
 * The Idempotency-Key header of write routes: the first answer to a key is stored with a hash
 * of the request; the same key with the same request replays that answer (header
 * `Idempotency-Replayed: true`), with another request it is a 422. Only successful answers are
 * stored: a refused request wrote nothing, so it may be corrected and sent again under its key.
 * Callers look up and store inside their writing transaction, after taking the org's lock, so two
 * concurrent requests with one key are answered one after the other.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { HttpError } from './api-error';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** A key is remembered this long; after it, the same key is a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export interface IdempotentRequest {
  orgId: string;
  principalKey: string;
  key: string;
  requestHash: string;
}

export interface StoredAnswer {
  status: number;
  response: unknown;
}

/** The key and request hash, or undefined when the header is absent; 400 naming the header when it is malformed. */
export function readIdempotency(c: Context, orgId: string, principalKey: string, body: string): IdempotentRequest | undefined {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    const issue = { path: IDEMPOTENCY_HEADER, message: 'must be 1-255 visible ASCII characters' };
    throw new HttpError(400, 'invalid_header', `${issue.path}: ${issue.message}`, { issues: [issue] });
  }
  const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
  return { orgId, principalKey, key, requestHash };
}

/** The stored answer to this key, if a live one exists; 422 when the key was used for another request. */
export async function findAnswer(tx: Kysely<DB>, request: IdempotentRequest, now: Date): Promise<StoredAnswer | undefined> {
  const row = await tx
    .selectFrom('idempotencyKeys')
    .select(['requestHash', 'status', 'response', 'createdAt'])
    .where('orgId', '=', request.orgId)
    .where('principalKey', '=', request.principalKey)
    .where('key', '=', request.key)
    .executeTakeFirst();
  if (!row) return undefined;
  if (now.getTime() - new Date(row.createdAt).getTime() > IDEMPOTENCY_TTL_MS) {
    await tx.deleteFrom('idempotencyKeys').where('orgId', '=', request.orgId).where('principalKey', '=', request.principalKey).where('key', '=', request.key).execute();
    return undefined;
  }
  if (row.requestHash !== request.requestHash) {
    const issue = { path: IDEMPOTENCY_HEADER, message: 'was already used for a different request; use a new key for a new request' };
    throw new HttpError(422, 'idempotency_key_reused', `${issue.path}: ${issue.message}`, { issues: [issue] });
  }
  return { status: row.status, response: row.response };
}

export async function storeAnswer(tx: Kysely<DB>, request: IdempotentRequest, answer: StoredAnswer, now: Date): Promise<void> {
  await tx
    .insertInto('idempotencyKeys')
    .values({ ...request, status: answer.status, response: JSON.stringify(answer.response), createdAt: now.toISOString() })
    .execute();
}
