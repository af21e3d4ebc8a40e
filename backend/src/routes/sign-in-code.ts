/**
 * POST /auth/sign-in-code: exchanges a one-time sign-in code for a person token. Unauthenticated
 * (the code is the credential), so it is limited per IP like every sign-in, and every bad code
 * gets the same answer.
 */
import { Hono } from 'hono';
import { recordAudit } from '../audit/audit-log';
import { z } from 'zod';
import { redeemSignInCode } from '../auth/sign-in-codes';
import { issueToken } from '../auth/tokens';
import type { Database } from '../db/database';
import { toModelRow } from '../db/row-codec';
import { unauthorized } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';

export const SignInCodeExchange = z.strictObject({ code: z.string().min(1).max(200) });

export function signInCodeRoutes({ db }: Database) {
  return new Hono().post('/sign-in-code', limitBody(BODY_LIMITS.default), async (c) => {
    const { code } = await readJson(c, SignInCodeExchange);
    const redeemed = await redeemSignInCode(db, code);
    if (!redeemed) throw unauthorized('the sign-in code is unknown, already used or expired; ask for a new one');
    const issued = await issueToken(db, { ...redeemed, kind: 'person', name: 'sign-in code' });
    await recordAudit(db, { orgId: redeemed.orgId, actor: { personId: redeemed.personId }, action: 'sign_in', details: { method: 'sign_in_code', tokenId: issued.id } });
    const person = await db.selectFrom('persons').selectAll().where('orgId', '=', redeemed.orgId).where('id', '=', redeemed.personId).executeTakeFirstOrThrow();
    const org = await db.selectFrom('orgs').select(['id', 'name', 'slug']).where('id', '=', redeemed.orgId).executeTakeFirstOrThrow();
    return c.json({ token: issued.token, tokenId: issued.id, person: toModelRow(person), org }, 201);
  });
}
