/**
 * Embed keys and tokens for tests, made the way an intranet would make them, with any claim or
 * header bendable so each rejection can be provoked on purpose.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair, type JWTHeaderParameters, type JWTPayload, type CryptoKey } from 'jose';

export type EmbedAlg = 'HS256' | 'RS256' | 'ES256';

export interface TestEmbedKey {
  kid: string;
  alg: EmbedAlg;
  signingKey: Uint8Array | CryptoKey;
  /** The body of POST /v1/admin/embed-keys for this key. */
  registration: Record<string, unknown>;
}

export function sharedSecretKey(kid: string, secret = randomBytes(24).toString('base64url')): TestEmbedKey {
  return { kid, alg: 'HS256', signingKey: new TextEncoder().encode(secret), registration: { kid, alg: 'HS256', secret } };
}

/** A fresh key pair; the registration carries the public half as a JWK or an SPKI PEM. */
export async function keyPair(kid: string, alg: 'RS256' | 'ES256', format: 'jwk' | 'pem'): Promise<TestEmbedKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const exported = format === 'jwk' ? await exportJWK(publicKey) : await exportSPKI(publicKey);
  return { kid, alg, signingKey: privateKey, registration: { kid, alg, publicKey: exported } };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Claims an intranet would send for `email` in org `slug`: five minutes, audience sightline. */
export const viewerClaims = (slug: string, email: string): JWTPayload => {
  const iat = nowSeconds();
  return { iss: slug, sub: email, aud: 'sightline', iat, exp: iat + 300 };
};

export function signEmbed(key: TestEmbedKey, claims: JWTPayload, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: key.alg, kid: key.kid, ...header }).sign(key.signingKey);
}
