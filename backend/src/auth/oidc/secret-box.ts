/**
 * Seals an org's OIDC client secret with the server's secret key (SIGHTLINE_SECRET_KEY), as a
 * compact JWE (dir + A256GCM, jose), so a database dump or backup alone does not reveal it.
 * The org id rides in the protected header and is checked on opening, so a sealed secret
 * copied into another org's row does not open there.
 */
import { CompactEncrypt, compactDecrypt } from 'jose';

export const SECRET_KEY_BYTES = 32;

export async function seal(key: Uint8Array, orgId: string, secret: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(secret)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', org: orgId }).encrypt(key);
}

export async function open(key: Uint8Array, orgId: string, sealed: string): Promise<string> {
  const { plaintext, protectedHeader } = await compactDecrypt(sealed, key);
  if (protectedHeader.org !== orgId) throw new Error('the sealed client secret belongs to another org');
  return new TextDecoder().decode(plaintext);
}

/** The key from SIGHTLINE_SECRET_KEY (base64url of 32 random bytes), or undefined when unset. */
export function secretKeyFrom(value: string | undefined): Uint8Array | undefined {
  if (!value) return undefined;
  const key = Buffer.from(value, 'base64url');
  if (key.length !== SECRET_KEY_BYTES)
    throw new Error(`SIGHTLINE_SECRET_KEY must be ${SECRET_KEY_BYTES} random bytes in base64url (e.g. openssl rand -base64 32 | tr '+/' '-_' | tr -d '=')`);
  return new Uint8Array(key);
}
