/**
 * Idempotency keys count for IDEMPOTENCY_TTL_MS (http/idempotency.ts); a key sent again after
 * that is a new request either way, so older rows only take space and are deleted.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { IDEMPOTENCY_TTL_MS } from '../http/idempotency';

/** Deletes every stored answer older than the window; returns how many. */
export async function purgeIdempotencyKeys(db: Kysely<DB>, now: Date): Promise<number> {
  const olderThan = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
  const result = await db.deleteFrom('idempotencyKeys').where('createdAt', '<', olderThan).executeTakeFirst();
  return Number(result.numDeletedRows);
}
