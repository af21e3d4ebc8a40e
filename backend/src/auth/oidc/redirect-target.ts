/**
 * Where a finished sign-in may send the browser: the console under /app on this server, or
 * exactly one of the org's allow-listed absolute URLs (an extension's identity redirect URL).
 * Anything else is refused up front, so the sign-in can never be turned into an open redirect.
 */
import { HttpError } from '../../http/api-error';

export const CONSOLE_PATH = '/app';

export type RedirectTarget = { url: string; client: 'console' | 'extension' };

const refused = (message: string) => new HttpError(400, 'invalid_redirect', `redirect ${message}`, { issues: [{ path: 'redirect', message }] });

export function redirectTarget(raw: string | undefined, allowed: readonly string[]): RedirectTarget {
  const value = raw ?? CONSOLE_PATH;
  if (value.length > 2048 || value.includes('\u0000')) throw refused('must be a URL of at most 2048 characters');
  if (value.startsWith('/')) {
    // Parsed against a throwaway origin: "//evil" or "/\evil" would land on another host.
    const url = new URL(value, 'http://this.server');
    if (url.host !== 'this.server' || (url.pathname !== CONSOLE_PATH && !url.pathname.startsWith(`${CONSOLE_PATH}/`)) || url.hash)
      throw refused(`must be a path under ${CONSOLE_PATH} on this server, without a fragment`);
    return { url: url.pathname + url.search, client: 'console' };
  }
  if (!allowed.includes(value)) throw refused(`${value} is not one of the org's allowed redirect URLs`);
  return { url: value, client: 'extension' };
}

/** The target with the one-time code in its fragment, which browsers never send to a server. */
export const withHandoffCode = (target: string, code: string): string => `${target}#sso_code=${encodeURIComponent(code)}`;
