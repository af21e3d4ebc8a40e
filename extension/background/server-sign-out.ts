/**
 * Ends a single sign-on session on the server when the person signs out, so its access and
 * refresh tokens stop working at once rather than living on in a forgotten copy of storage.
 * A personal token is the person's to revoke from their token list; it is only forgotten here.
 * The local sign-out never waits on the server: offline, the session simply runs out.
 */
import type { Session } from '../settings/account';

export async function endServerSession(
  endpoint: string,
  session: Session,
  /** The session's current access token, refreshed if it is about to expire (sso-account.ts). */
  accessToken: () => Promise<string>,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<'ended' | 'not a session' | 'unreachable'> {
  if (!session.sso) return 'not a session';
  try {
    const response = await fetchImpl(`${endpoint}/v1/auth/sign-out`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await accessToken()}`, accept: 'application/json' },
    });
    // 401: already revoked or expired on the server, which is what sign-out wants.
    return response.ok || response.status === 401 ? 'ended' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
