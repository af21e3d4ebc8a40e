/**
 * Embed keys an org admin registers so the intranet's own server can sign viewer tokens:
 * an HS256 shared secret, or the public half of an RS256/ES256 key pair (JWK or SPKI PEM).
 * Public keys are checked with jose and stored as a normalised public JWK; secrets are stored
 * as given and never returned.
 */
import { exportJWK, importJWK, importSPKI, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB, EmbedKeyAlg } from '../db/schema';
import { HttpError } from '../http/api-error';

/** 256 bits, the HMAC-SHA256 output size (RFC 7518 §3.2), as characters of the UTF-8 secret. */
export const MIN_SECRET_LENGTH = 32;

const Kid = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1 to 64 letters, digits, dots, dashes or underscores' });

export const NewEmbedKey = z.discriminatedUnion('alg', [
  z.strictObject({
    kid: Kid,
    alg: z.literal('HS256'),
    secret: z.string().min(MIN_SECRET_LENGTH, { message: `must be at least ${MIN_SECRET_LENGTH} characters` }).max(512),
  }),
  z.strictObject({
    kid: Kid,
    alg: z.enum(['RS256', 'ES256']),
    /** A public JWK object, or a `-----BEGIN PUBLIC KEY-----` PEM. */
    publicKey: z.union([z.string().max(16_384), z.record(z.string(), z.unknown())]),
  }),
]);
export type NewEmbedKey = z.output<typeof NewEmbedKey>;

export interface EmbedKeySummary {
  kid: string;
  alg: EmbedKeyAlg;
  createdBy: string;
  createdAt: string;
}

const badPublicKey = (message: string) =>
  new HttpError(422, 'invalid_body', `the request is invalid: publicKey: ${message}`, { issues: [{ path: 'publicKey', message }] });

/** The key as a public JWK, or a 422 naming publicKey. A private key is refused, never stored. */
export async function normalisePublicKey(alg: 'RS256' | 'ES256', publicKey: string | Record<string, unknown>): Promise<JWK> {
  const isPrivate = typeof publicKey === 'string' ? /PRIVATE KEY/.test(publicKey) : 'd' in publicKey;
  if (isPrivate) throw badPublicKey('is a private key; register only the public half, and replace this one since it has left its server');
  try {
    const key =
      typeof publicKey === 'string'
        ? await importSPKI(publicKey, alg, { extractable: true })
        : await importJWK(publicKey as JWK, alg, { extractable: true });
    if (key instanceof Uint8Array) throw new Error('a symmetric key is not a public key');
    const { kty, n, e, crv, x, y } = await exportJWK(key);
    return Object.fromEntries(Object.entries({ kty, n, e, crv, x, y }).filter(([, v]) => v !== undefined)) as JWK;
  } catch (error) {
    throw badPublicKey(`is not a usable ${alg} public key (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Stores the key; 409 when the org already has this kid (rotate by registering a new kid). */
export async function registerEmbedKey(db: Kysely<DB>, orgId: string, createdBy: string, input: NewEmbedKey): Promise<EmbedKeySummary> {
  const material =
    input.alg === 'HS256'
      ? { secret: input.secret, publicJwk: null }
      : { secret: null, publicJwk: JSON.stringify(await normalisePublicKey(input.alg, input.publicKey)) };
  const row = await db
    .insertInto('embedKeys')
    .values({ orgId, kid: input.kid, alg: input.alg, createdBy, ...material })
    .onConflict((oc) => oc.columns(['orgId', 'kid']).doNothing())
    .returning(['kid', 'alg', 'createdBy', 'createdAt'])
    .executeTakeFirst();
  if (!row) throw new HttpError(409, 'kid_exists', `kid ${input.kid} is already registered; register the new key under another kid, then delete this one`);
  return row;
}

export const listEmbedKeys = (db: Kysely<DB>, orgId: string): Promise<EmbedKeySummary[]> =>
  db.selectFrom('embedKeys').select(['kid', 'alg', 'createdBy', 'createdAt']).where('orgId', '=', orgId).orderBy('createdAt').orderBy('kid').execute();

/** False when the org has no such key. Tokens signed with it stop working at once. */
export async function deleteEmbedKey(db: Kysely<DB>, orgId: string, kid: string): Promise<boolean> {
  const result = await db.deleteFrom('embedKeys').where('orgId', '=', orgId).where('kid', '=', kid).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
