/**
 * One-time sign-in codes: random, single use, short-lived. An operator hands one to a person
 * (the first admin of a new org); the person exchanges it once for a person token. Only the
 * sha256 is stored, and the exchange marks it used in the same statement that finds it, so two
 * racing exchanges cannot both succeed.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { hashToken } from './tokens';

export const SIGN_IN_CODE_MINUTES = 15;
const PREFIX = 'slc_';

export async function issueSignInCode(db: Kysely<DB>, input: { orgId: string; personId: string; now?: Date }): Promise<{ code: string; expiresAt: string }> {
  const code = PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date((input.now ?? new Date()).getTime() + SIGN_IN_CODE_MINUTES * 60_000).toISOString();
  await db.insertInto('signInCodes').values({ codeHash: hashToken(code), orgId: input.orgId, personId: input.personId, expiresAt }).execute();
  return { code, expiresAt };
}

/** The person the code was for, once; null for an unknown, used or expired code, or an inactive person. */
export async function redeemSignInCode(db: Kysely<DB>, code: string, now = new Date()): Promise<{ orgId: string; personId: string } | null> {
  if (!code.startsWith(PREFIX)) return null;
  const redeemed = await db
    .updateTable('signInCodes')
    .set({ usedAt: now.toISOString() })
    .where('codeHash', '=', hashToken(code))
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now.toISOString())
    .returning(['orgId', 'personId'])
    .executeTakeFirst();
  if (!redeemed) return null;
  const person = await db.selectFrom('persons').select('id').where('orgId', '=', redeemed.orgId).where('id', '=', redeemed.personId).where('active', '=', true).where('deletedAt', 'is', null).executeTakeFirst();
  return person ? redeemed : null;
}
