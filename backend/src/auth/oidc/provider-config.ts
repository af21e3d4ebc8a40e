/**
 * The openid-client Configuration of an org's provider, discovered from its issuer and kept
 * for ten minutes, so a sign-in does not fetch the discovery document and keys every time.
 * Plain http is accepted for a loopback issuer only (a provider on the same machine).
 */
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { discoveryRefusal } from './provider-errors';

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  /** null: a public client, authenticated by PKCE alone. */
  clientSecret: string | null;
}

const CACHE_MS = 10 * 60_000;
const cache = new Map<string, { config: Promise<oidc.Configuration>; at: number }>();

export const isLoopback = (url: URL): boolean => ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);

export function providerConfig(settings: ProviderSettings, now = Date.now()): Promise<oidc.Configuration> {
  const key = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
  const cached = cache.get(key);
  if (cached && now - cached.at < CACHE_MS) return cached.config;
  const issuer = new URL(settings.issuer);
  const auth = settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None();
  const config = oidc
    .discovery(issuer, settings.clientId, undefined, auth, { execute: isLoopback(issuer) ? [oidc.allowInsecureRequests] : [] })
    .then((discovered) => {
      // openid-client trusts the TLS connection for ID tokens from the token endpoint unless told
      // otherwise; verify their signatures too, so a token the provider's keys did not sign never counts.
      oidc.enableNonRepudiationChecks(discovered);
      return discovered;
    })
    .catch((error: unknown) => {
      cache.delete(key);
      throw discoveryRefusal(error);
    });
  cache.set(key, { config, at: now });
  return config;
}
