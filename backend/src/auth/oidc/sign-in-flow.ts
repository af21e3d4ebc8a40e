/**
 * The three steps of a single sign-on:
 * 1. start: keep state, nonce and the PKCE verifier server-side (ten minutes, single use) and
 *    send the browser to the provider;
 * 2. callback: take the flow by its state (deleting it, so a replay finds nothing), let
 *    openid-client exchange the code and check the ID token (asking userinfo for the email when
 *    the ID token does not carry it), find the person, and send the
 *    browser to its target with a one-time code in the fragment;
 * 3. exchange: the console or extension trades that code (one minute, single use) for a session.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import * as oidc from 'openid-client';
import { recordAudit } from '../../audit/audit-log';
import type { DB } from '../../db/schema';
import { HttpError } from '../../http/api-error';
import { hashToken } from '../tokens';
import { openSession, type SessionClient, type SessionTokens } from '../sessions/sessions';
import { personForClaims } from './person-for-claims';
import { providerConfig } from './provider-config';
import { callbackRefusal } from './provider-errors';
import { redirectTarget, withHandoffCode } from './redirect-target';
import { loadSsoConfig } from './sso-config';

export const SIGN_IN_LIFETIMES = { flowSeconds: 10 * 60, handoffSeconds: 60 } as const;
const SCOPE = 'openid email profile';

export interface SignInContext {
  db: Kysely<DB>;
  secretKey?: Uint8Array;
  /** This server's public origin; the provider sends the browser back to its /v1/auth/sso/callback. */
  publicUrl: string;
  now: Date;
}

export const callbackUrl = (publicUrl: string): string => `${publicUrl.replace(/\/+$/, '')}/v1/auth/sso/callback`;
const stateHash = (state: string) => createHash('sha256').update(state).digest('hex');
const later = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
const badRequest = (path: string, message: string) => new HttpError(400, 'sso_refused', `single sign-on refused: ${path}: ${message}`, { issues: [{ path, message }] });

/** The model's slug shape; anything else (a NUL included) names no org without asking the database. */
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

async function orgConfig(ctx: SignInContext, orgSlug: string) {
  const org = SLUG.test(orgSlug) ? await ctx.db.selectFrom('orgs').select('id').where('slug', '=', orgSlug).executeTakeFirst() : undefined;
  const config = org && (await loadSsoConfig(ctx.db, org.id, ctx.secretKey));
  if (!config) throw new HttpError(404, 'not_found', `org ${orgSlug} has no single sign-on`);
  return config;
}

/** The provider's authorization URL for a new sign-in to `redirect` (default the console). */
export async function startSignIn(ctx: SignInContext, orgSlug: string, redirect: string | undefined): Promise<string> {
  const config = await orgConfig(ctx, orgSlug);
  const target = redirectTarget(redirect, config.allowedRedirects);
  const provider = await providerConfig(config);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  // Abandoned sign-ins go with the next one; the index makes that cheap.
  await ctx.db.deleteFrom('ssoFlows').where('expiresAt', '<', ctx.now.toISOString()).execute();
  await ctx.db
    .insertInto('ssoFlows')
    .values({ stateHash: stateHash(state), orgId: config.orgId, nonce, codeVerifier, redirectTarget: target.url, expiresAt: later(ctx.now, SIGN_IN_LIFETIMES.flowSeconds) })
    .execute();
  return oidc
    .buildAuthorizationUrl(provider, {
      redirect_uri: callbackUrl(ctx.publicUrl),
      scope: SCOPE,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    })
    .toString();
}

/** Where to send the browser once the provider's answer (the callback's query) checks out. */
export async function finishSignIn(ctx: SignInContext, query: URLSearchParams): Promise<string> {
  const state = query.get('state');
  if (!state || state.length > 512 || state.includes('\u0000')) throw badRequest('state', 'is missing or malformed; start the sign-in again');
  const flow = await ctx.db.deleteFrom('ssoFlows').where('stateHash', '=', stateHash(state)).returningAll().executeTakeFirst();
  if (!flow || Date.parse(flow.expiresAt) <= ctx.now.getTime()) throw badRequest('state', 'is unknown, already used or expired; start the sign-in again');
  const config = await loadSsoConfig(ctx.db, flow.orgId, ctx.secretKey);
  if (!config) throw new HttpError(404, 'not_found', 'single sign-on was turned off for this org during the sign-in');
  const provider = await providerConfig(config);

  let claims;
  try {
    const tokens = await oidc.authorizationCodeGrant(provider, new URL(`${callbackUrl(ctx.publicUrl)}?${query}`), {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims()!;
    // Many providers put the email in userinfo only, not in the ID token.
    if (claims[config.emailClaim] === undefined) {
      const info = await oidc.fetchUserInfo(provider, tokens.access_token, claims.sub);
      claims = { ...claims, [config.emailClaim]: info[config.emailClaim], email_verified: info.email_verified };
    }
  } catch (error) {
    throw callbackRefusal(error);
  }
  const personId = await personForClaims(ctx.db, config, claims);
  const code = randomBytes(32).toString('base64url');
  const { client } = redirectTarget(flow.redirectTarget, config.allowedRedirects);
  await ctx.db
    .insertInto('ssoHandoffs')
    .values({ codeHash: hashToken(code), orgId: flow.orgId, personId, client, expiresAt: later(ctx.now, SIGN_IN_LIFETIMES.handoffSeconds) })
    .execute();
  return withHandoffCode(flow.redirectTarget, code);
}

/** A session for the sign-in the one-time code stands for; 401 when it is unknown, used or expired. */
export async function exchangeHandoff(ctx: Pick<SignInContext, 'db' | 'now'>, code: string): Promise<SessionTokens> {
  const handoff = await ctx.db.deleteFrom('ssoHandoffs').where('codeHash', '=', hashToken(code)).returningAll().executeTakeFirst();
  if (!handoff || Date.parse(handoff.expiresAt) <= ctx.now.getTime())
    throw new HttpError(401, 'unauthorized', 'code: is unknown, already used or expired; sign in again', { issues: [{ path: 'code', message: 'is unknown, already used or expired' }] });
  const session = await openSession(ctx.db, { orgId: handoff.orgId, personId: handoff.personId, client: handoff.client as SessionClient }, ctx.now);
  await recordAudit(ctx.db, { orgId: handoff.orgId, actor: { personId: handoff.personId }, action: 'sign_in', details: { method: 'sso', client: handoff.client, sessionId: session.sessionId } }, ctx.now);
  return session;
}
