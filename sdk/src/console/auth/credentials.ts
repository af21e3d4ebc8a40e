/**
 * How this browser is signed in to the console: a person token (from a sign-in code, a
 * personal token, or demo sign-in) or a single sign-on session whose short-lived access token
 * is refreshed before it expires. Kept in localStorage so a reload, and an offline start,
 * opens the same account; the console's strict CSP is what keeps other scripts from reading it.
 */
import { z } from 'zod/mini';
import { storedTokens, type SessionTokens } from '../../sync/session-token-source';

export const Credentials = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('token'), token: z.string() }),
  z.strictObject({ kind: z.literal('session'), accessToken: z.string(), refreshToken: z.string(), accessExpiresAt: z.number() }),
]);
export type Credentials = z.infer<typeof Credentials>;

export const sessionCredentials = (tokens: SessionTokens, now: number): Credentials => ({ kind: 'session', ...storedTokens(tokens, now) });

export interface CredentialStore {
  load(): Credentials | null;
  save(credentials: Credentials): void;
  clear(): void;
}

const KEY = 'sightline.console.credentials';

export function localCredentialStore(storage: Storage): CredentialStore {
  return {
    load() {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      try {
        const parsed = Credentials.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save: (credentials) => storage.setItem(KEY, JSON.stringify(credentials)),
    clear: () => storage.removeItem(KEY),
  };
}
