/**
 * The access token of a single sign-on session, refreshed shortly before it expires, for the
 * console and the extension alike. The server replaces the refresh token on every use and
 * revokes the whole session if an old one comes back, so concurrent callers share one refresh
 * and the new pair is saved before use.
 */
import { z } from 'zod/mini';

/** Refresh this long before the access token expires, so a request never leaves with a dying one. */
export const REFRESH_MARGIN_MS = 60_000;

/** What POST /v1/auth/sso/exchange and /v1/auth/session/refresh answer, as far as clients use it. */
export const SessionTokens = z.object({ accessToken: z.string().check(z.minLength(1)), refreshToken: z.string().check(z.minLength(1)), expiresIn: z.number().check(z.positive()) });
export type SessionTokens = z.infer<typeof SessionTokens>;

export interface StoredSessionTokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: number;
}

export const storedTokens = (tokens: SessionTokens, now: number): StoredSessionTokens => ({
  accessToken: tokens.accessToken,
  refreshToken: tokens.refreshToken,
  accessExpiresAt: now + tokens.expiresIn * 1000,
});

export function sessionTokenSource(deps: {
  endpoint: string;
  load(): Promise<StoredSessionTokens | null>;
  save(tokens: StoredSessionTokens): Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
}): () => Promise<string> {
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const now = deps.now ?? Date.now;
  let refreshing: Promise<string> | null = null;

  async function refresh({ refreshToken, accessToken }: StoredSessionTokens): Promise<string> {
    const response = await fetchImpl(`${deps.endpoint}/v1/auth/session/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    // The session was revoked or ran out. The stale access token earns the request a 401, which
    // the sync engine reads as "signed out" (a thrown error here would count as a network
    // failure and be retried forever).
    if (response.status === 401 || response.status === 422) return accessToken;
    if (!response.ok) throw new Error(`refreshing the session failed with HTTP ${response.status}`);
    const tokens = storedTokens(SessionTokens.parse(await response.json()), now());
    await deps.save(tokens);
    return tokens.accessToken;
  }

  return async () => {
    const stored = await deps.load();
    if (!stored) throw new Error('not signed in with single sign-on');
    if (stored.accessExpiresAt - now() > REFRESH_MARGIN_MS) return stored.accessToken;
    refreshing ??= refresh(stored).finally(() => (refreshing = null));
    return refreshing;
  };
}
