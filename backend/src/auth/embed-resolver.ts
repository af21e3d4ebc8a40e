/**
 * Signed embed tokens: the intranet's own server signs a short-lived JWT naming the viewer with
 * a key its org registered (embed-keys.ts); this resolver verifies it with jose and acts as that
 * person, with their role, so widgets show exactly what the viewer may see.
 *
 * Claims: `iss` (or an `org` claim) = the org slug, `sub` = the person's email or id,
 * `aud` = "sightline", `iat`, and `exp` at most EMBED_TOKEN_RULES.maxLifetimeSeconds ahead;
 * header `kid` picks the key. Anything else is a 401 whose issue names the failing part, except
 * that whatever depends on the org's keys is one answer until the signature verifies.
 *
 * @example
 * const app = createApp({ database }); // tries this resolver after API tokens
 * await fetch('/v1/me', { headers: { authorization: `Bearer ${jwtFromTheIntranetServer}` } });
 */
import { decodeJwt, decodeProtectedHeader, errors, importJWK, jwtVerify, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import { Id } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { HttpError } from '../http/api-error';
import { unstorableText } from '../http/unstorable';
import { personPrincipal, type PrincipalResolver } from './principal';

export const EMBED_TOKEN_RULES = {
  audience: 'sightline',
  /** Longest allowed exp - now (and now - iat): a leaked token is worth ten minutes at most. */
  maxLifetimeSeconds: 600,
  /** Clock skew forgiven between the intranet's server and this one. */
  clockToleranceSeconds: 30,
} as const;

/** Three base64url segments; anything else is some other resolver's credential. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const rejected = (path: string, message: string) =>
  new HttpError(401, 'unauthorized', `embed token rejected: ${path}: ${message}`, { issues: [{ path, message }] });

/**
 * Until a signature verifies, every failure that depends on what the org has registered (no
 * such org, no such kid, another algorithm, a wrong signature) is this one answer, so an
 * unsigned token cannot probe which orgs and keys exist.
 */
const notVerified = () => rejected('signature', 'does not verify with a key registered under the org and kid the token names');

/** jose's verdicts in the words of whoever runs the intranet's signing code. Claims are checked only once the signature verified. */
function rejectionFor(error: unknown): HttpError {
  if (error instanceof errors.JWTExpired || error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return rejected(error.claim, 'is required');
    if (error.claim === 'exp') return rejected('exp', 'the token has expired; mint a new one');
    if (error.claim === 'aud') return rejected('aud', `must be "${EMBED_TOKEN_RULES.audience}"`);
    // jose reports an iat older than maxTokenAge as expired too; it is the iat that is wrong.
    if (error.claim === 'iat') return rejected('iat', `must be within the last ${EMBED_TOKEN_RULES.maxLifetimeSeconds} seconds (${error.message})`);
    return rejected(error.claim, error.message);
  }
  if (error instanceof errors.JOSEError) return notVerified();
  throw error;
}

/** Key lookup needs the kid and org before the signature can be checked; both are checked by it afterwards. */
function unverifiedParts(token: string): { kid: string; orgSlug: string } {
  let header, payload;
  try {
    header = decodeProtectedHeader(token);
    payload = decodeJwt(token);
  } catch (error) {
    throw rejected('(token)', `is not a readable JWT (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof header.kid !== 'string' || !header.kid) throw rejected('header.kid', 'is required: name the embed key the token is signed with');
  const orgClaim = payload.org !== undefined ? 'org' : 'iss';
  const orgSlug = payload[orgClaim];
  if (typeof orgSlug !== 'string' || !orgSlug) throw rejected(orgClaim, 'is required: the org slug (or put it in an "org" claim)');
  return { kid: header.kid, orgSlug };
}

export function embedResolver(db: Kysely<DB>, options: { now?: () => Date } = {}): PrincipalResolver {
  const now = options.now ?? (() => new Date());
  const { audience, maxLifetimeSeconds, clockToleranceSeconds } = EMBED_TOKEN_RULES;

  return async (credential) => {
    if (!JWT_SHAPE.test(credential)) return null;
    const { kid, orgSlug } = unverifiedParts(credential);
    // NUL or a lone surrogate can name no org or key, and PostgreSQL would refuse to look.
    if (unstorableText(orgSlug) || unstorableText(kid)) throw notVerified();
    // Two look-ups rather than a join, so the key look-up is routed by org_id on a distributed database.
    const org = await db.selectFrom('orgs').select('id').where('slug', '=', orgSlug).executeTakeFirst();
    const found =
      org &&
      (await db
        .selectFrom('embedKeys')
        .select(['orgId', 'alg', 'secret', 'publicJwk'])
        .where('orgId', '=', org.id)
        .where('kid', '=', kid)
        .executeTakeFirst());
    if (!found) throw notVerified();

    const key = found.alg === 'HS256' ? new TextEncoder().encode(found.secret!) : await importJWK(found.publicJwk as JWK, found.alg);
    const currentDate = now();
    let payload;
    try {
      ({ payload } = await jwtVerify(credential, key, {
        algorithms: [found.alg],
        audience,
        clockTolerance: clockToleranceSeconds,
        maxTokenAge: maxLifetimeSeconds,
        requiredClaims: ['exp', 'iat', 'sub'],
        currentDate,
      }));
    } catch (error) {
      throw rejectionFor(error);
    }
    if (payload.exp! - currentDate.getTime() / 1000 > maxLifetimeSeconds + clockToleranceSeconds) {
      throw rejected('exp', `is more than ${maxLifetimeSeconds} seconds away; embed tokens must be short-lived`);
    }

    const sub: unknown = payload.sub;
    if (typeof sub !== 'string') throw rejected('sub', "must be a string: the person's email or id");
    const badSub = unstorableText(sub);
    if (badSub) throw rejected('sub', badSub);
    const byId = Id.safeParse(sub).success;
    const person = await db
      .selectFrom('persons')
      .select(['id', 'role', 'active', 'deletedAt'])
      .where('orgId', '=', found.orgId)
      .where(byId ? 'id' : 'email', '=', byId ? sub : sub.toLowerCase())
      .executeTakeFirst();
    if (!person) throw rejected('sub', `names no person of org ${orgSlug}: ${sub}`);
    if (!person.active || person.deletedAt) throw rejected('sub', `${sub} is not an active person of org ${orgSlug}`);
    // Keyed like a person token: one local database and sync client id per viewer, whichever token opened it.
    return { ...personPrincipal(found.orgId, person.id, person.role), kind: 'embed' };
  };
}
