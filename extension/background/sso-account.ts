/**
 * Single sign-on wired to the stored account: signing in verifies the new access token like a
 * personal token (GET /v1/me) and keeps the refresh token beside it; the sync engine's token
 * source refreshes the pair in the stored account, so a restarted worker picks up the latest.
 */
import type { Session } from '../settings/account';
import { getAccount, setAccount } from '../settings/account';
import { sessionTokenSource, storedTokens, type StoredSessionTokens } from '@sightline/sdk/sync/session-token-source';
import { signInWithSso, type IdentityApi } from './sso-sign-in';
import { verifyToken } from './verify-token';

export async function ssoSession(endpoint: string, orgSlug: string, identity: IdentityApi): Promise<Session> {
  const tokens = await signInWithSso(endpoint, orgSlug, { identity });
  const { accessToken, refreshToken, accessExpiresAt } = storedTokens(tokens, Date.now());
  return { ...(await verifyToken(endpoint, accessToken)), sso: { refreshToken, accessExpiresAt } };
}

/** What the sync engine authenticates with: a personal token as is, a session's access token kept fresh. */
export function accountToken(endpoint: string, session: Session): string | (() => Promise<string>) {
  if (!session.sso) return session.token;
  return sessionTokenSource({
    endpoint,
    load: async () => {
      const current = (await getAccount()).session;
      return current?.sso ? { accessToken: current.token, ...current.sso } : null;
    },
    save: async ({ accessToken, refreshToken, accessExpiresAt }: StoredSessionTokens) => {
      const account = await getAccount();
      // Signed out (or in as someone else) meanwhile: the new pair belongs to no one stored.
      if (account.session?.person.id !== session.person.id) return;
      await setAccount({ ...account, session: { ...account.session, token: accessToken, sso: { refreshToken, accessExpiresAt } } });
    },
  });
}
