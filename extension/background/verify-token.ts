/**
 * Signing in: asks the backend who a token belongs to (GET /v1/me) before the extension keeps
 * it, and turns every way that can fail into a sentence the options page can show.
 */
import { Id } from '@sightline/sdk/model';
import { z } from 'zod';
import type { Session } from '../settings/account';

/** The part of the backend's /v1/me answer sign-in needs (backend/src/routes/me.ts). */
const MeResponse = z.object({
  person: z.object({ id: Id, name: z.string(), email: z.string() }).nullable(),
  org: z.object({ name: z.string() }),
});

const ApiErrorBody = z.object({ error: z.object({ message: z.string() }) });

export class SignInError extends Error {
  override readonly name = 'SignInError';
}

export async function verifyToken(endpoint: string, token: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<Session> {
  let response: Response;
  try {
    response = await fetchImpl(`${endpoint}/v1/me`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SignInError(`Could not reach ${endpoint} (${reason}). Check the address, your connection, and that Sightline may access this site.`);
  }
  if (response.status === 401) throw new SignInError('The server did not accept this token: it may be mistyped, expired or revoked.');
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = ApiErrorBody.safeParse(body);
    throw new SignInError(`The server refused the sign-in (HTTP ${response.status}${problem.success ? `: ${problem.data.error.message}` : ''}).`);
  }
  const me = MeResponse.safeParse(body);
  if (!me.success) throw new SignInError(`${endpoint} did not answer like a Sightline server. Check the address.`);
  if (!me.data.person) throw new SignInError('This is an integration key, which acts for no one. Sign in with a personal token.');
  return { token, person: { id: me.data.person.id, name: me.data.person.name, email: me.data.person.email }, orgName: me.data.org.name };
}
