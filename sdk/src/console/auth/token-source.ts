/**
 * The bearer token for each request. A session's access token is refreshed shortly before it
 * expires; the server rotates the refresh token on each use and revokes the session when an
 * old one returns, so concurrent callers share one refresh and the new pair is saved first.
 */
import { sessionCredentials, SessionTokens, type CredentialStore } from './credentials';

/** Refresh this long before expiry, so no request leaves with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

export function consoleTokenSource(deps: { endpoint: string; store: CredentialStore; fetch?: typeof fetch; now?: () => number }): () => Promise<string> {
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const now = deps.now ?? Date.now;
  let refreshing: Promise<string> | null = null;

  async function refresh(refreshToken: string, accessToken: string): Promise<string> {
    const response = await fetchImpl(`${deps.endpoint}/v1/auth/session/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    // Revoked or expired: the old access token earns a 401, which the engine reports as signed out
    // (a thrown error would count as a network failure and be retried for ever).
    if (response.status === 401 || response.status === 422) return accessToken;
    if (!response.ok) throw new Error(`refreshing the session failed with HTTP ${response.status}`);
    const credentials = sessionCredentials(SessionTokens.parse(await response.json()), now());
    deps.store.save(credentials);
    return credentials.kind === 'session' ? credentials.accessToken : '';
  }

  return async () => {
    const credentials = deps.store.load();
    if (!credentials) throw new Error('not signed in');
    if (credentials.kind === 'token') return credentials.token;
    if (credentials.accessExpiresAt - now() > REFRESH_MARGIN_MS) return credentials.accessToken;
    refreshing ??= refresh(credentials.refreshToken, credentials.accessToken).finally(() => (refreshing = null));
    return refreshing;
  };
}
