/**
 * Signing in with the org's single sign-on: `identity.launchWebAuthFlow` opens the backend's
 * start URL, which sends the user to the org's identity provider and back to the extension's
 * own redirect URL (`identity.getRedirectURL()`, which the org's admin allow-lists) with a
 * one-time code in the fragment. The code is exchanged once for a session: a short-lived access
 * token and a refresh token (sdk/src/sync/session-token-source.ts keeps the pair fresh).
 */
import { SessionTokens } from '@sightline/sdk/sync/session-token-source';
import { SignInError, refusal } from './verify-token';
import { t } from '../ui/shared/i18n';

/** The part of `browser.identity` this needs (Chrome and Firefox both have it). */
export interface IdentityApi {
  getRedirectURL(path?: string): string;
  launchWebAuthFlow(details: { url: string; interactive?: boolean }): Promise<string | undefined>;
}

/** The URL the user's browser starts at: the backend sends it on to the provider. */
export const ssoStartUrl = (endpoint: string, orgSlug: string, redirect: string): string =>
  `${endpoint}/v1/auth/sso/${encodeURIComponent(orgSlug)}/start?redirect=${encodeURIComponent(redirect)}`;

export async function signInWithSso(
  endpoint: string,
  orgSlug: string,
  deps: { identity: IdentityApi; fetch?: typeof fetch },
): Promise<SessionTokens> {
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const redirect = deps.identity.getRedirectURL();
  let finalUrl: string | undefined;
  try {
    finalUrl = await deps.identity.launchWebAuthFlow({ url: ssoStartUrl(endpoint, orgSlug, redirect), interactive: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SignInError(t('signInError.ssoUnfinished', { reason, redirect }));
  }
  // Only our own redirect URL may hand us a code; anything else is not this sign-in's answer.
  if (!finalUrl?.startsWith(redirect)) throw new SignInError(t('signInError.ssoElsewhere'));
  const code = new URLSearchParams(new URL(finalUrl).hash.slice(1)).get('sso_code');
  if (!code) throw new SignInError(t('signInError.ssoNoCode'));

  let response: Response;
  try {
    response = await fetchImpl(`${endpoint}/v1/auth/sso/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch (error) {
    throw new SignInError(t('signInError.unreachable', { endpoint, reason: error instanceof Error ? error.message : String(error) }));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new SignInError(t('signInError.ssoRefused', refusal(response.status, body)));
  const tokens = SessionTokens.safeParse(body);
  if (!tokens.success) throw new SignInError(t('signInError.notSightline', { endpoint }));
  return tokens.data;
}
