/**
 * Signing in: asks the backend who a token belongs to (GET /v1/me) before the extension keeps
 * it, and turns every way that can fail into a sentence the options page can show (in the
 * browser's UI language).
 */
import { Id } from '@sightline/sdk/model';
import { z } from 'zod';
import type { Session } from '../settings/account';
import { t } from '../ui/shared/i18n';

/** The part of the backend's /v1/me answer sign-in needs (backend/src/routes/me.ts). */
const MeResponse = z.object({
  person: z.object({ id: Id, name: z.string(), email: z.string() }).nullable(),
  org: z.object({ name: z.string() }),
});

const ApiErrorBody = z.object({ error: z.object({ message: z.string() }) });

export class SignInError extends Error {
  override readonly name = 'SignInError';
}

/** A refusal's HTTP status and, when the server said why, `: <its reason>`. */
export function refusal(status: number, body: unknown): { status: string; detail: string } {
  const problem = ApiErrorBody.safeParse(body);
  return { status: String(status), detail: problem.success ? `: ${problem.data.error.message}` : '' };
}

export async function verifyToken(endpoint: string, token: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<Session> {
  let response: Response;
  try {
    response = await fetchImpl(`${endpoint}/v1/me`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SignInError(t('signInError.unreachableHint', { endpoint, reason }));
  }
  if (response.status === 401) throw new SignInError(t('signInError.badToken'));
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new SignInError(t('signInError.refused', refusal(response.status, body)));
  const me = MeResponse.safeParse(body);
  if (!me.success) throw new SignInError(t('signInError.notSightline', { endpoint }));
  if (!me.data.person) throw new SignInError(t('signInError.integrationKey'));
  return { token, person: { id: me.data.person.id, name: me.data.person.name, email: me.data.person.email }, orgName: me.data.org.name };
}
