/**
 * What names an account on this device, so the engine can find its database before (or
 * without) asking the server. An intranet mints a fresh signed embed token per page view, so
 * for a JWT that is the viewer it names, not the token string; any other token names itself.
 *
 * The claims are read without checking the signature. That is safe because they only locate a
 * cache that scripts of this page's origin can read anyway; the server verifies every request,
 * and `forAccount` (account.ts) stops syncing if it names another person than the cache's.
 *
 * @example
 *   embedViewer(jwtFromTheIntranet) // { org: 'northwind', sub: 'lena.vogel@northwind.example' }
 */
import { nameId } from '../model';

/** Three base64url segments, as the backend's embed resolver requires (backend/src/auth/embed-resolver.ts). */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The viewer a signed embed token names, read as the server reads it: the org slug from the
 * `org` claim if there is one, else `iss`, and `sub` exactly as given. Null for an opaque token
 * or a JWT without them (the server refuses that one anyway).
 */
export function embedViewer(token: string): { org: string; sub: string } | null {
  if (!JWT_SHAPE.test(token)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(decodeBase64Url(token.split('.')[1]!));
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  const { org, iss, sub } = claims as Record<string, unknown>;
  const slug = org !== undefined ? org : iss;
  return typeof slug === 'string' && slug !== '' && typeof sub === 'string' && sub !== '' ? { org: slug, sub } : null;
}

/**
 * A hash naming the account behind `token` at `endpoint` (never the token itself). SHA-256
 * where WebCrypto is available (secure contexts); pages served over plain http fall back to
 * the model's name hash.
 */
export async function accountKey(endpoint: string, token: string): Promise<string> {
  const viewer = embedViewer(token);
  // JSON keeps the parts apart whatever they contain; opaque tokens keep the key they always had.
  const text = viewer ? JSON.stringify([endpoint, 'embed', viewer.org, viewer.sub]) : `${endpoint}\u0000${token}`;
  if (!globalThis.crypto?.subtle) return nameId('sightline-token', text);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
