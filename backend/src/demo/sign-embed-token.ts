/**
 * What an intranet's server does before rendering a page with Sightline widgets: sign a short
 * JWT saying who is looking, with the embed key its org registered. The demo intranet uses this
 * exactly as any intranet would; docs/embedding.md shows the same code and a Python version.
 *
 * @example
 * const token = await signEmbedToken({ org: 'northwind', kid: 'intranet-2026', secret, viewer: 'lena.vogel@northwind.example' });
 */
import { SignJWT } from 'jose';

export interface EmbedSigningKey {
  /** The org's slug in Sightline. */
  org: string;
  /** The kid the key was registered under (POST /v1/admin/embed-keys). */
  kid: string;
  /** The HS256 shared secret. */
  secret: string;
}

export interface SignedEmbedToken {
  token: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export async function signEmbedToken(key: EmbedSigningKey & { viewer: string; lifetimeSeconds?: number }): Promise<SignedEmbedToken> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + (key.lifetimeSeconds ?? 600); // Sightline refuses anything longer than 10 minutes
  const token = await new SignJWT()
    .setProtectedHeader({ alg: 'HS256', kid: key.kid })
    .setIssuer(key.org)
    .setSubject(key.viewer) // the person's email (or their Sightline id)
    .setAudience('sightline')
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(key.secret));
  return { token, expiresAt };
}
