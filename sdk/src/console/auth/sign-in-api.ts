/** The sign-in exchanges the console offers, each ending in credentials to store. */
import { z } from 'zod/mini';
import { ApiError } from '../../model';
import { SessionTokens } from '../../sync/session-token-source';
import { sessionCredentials, type Credentials } from './credentials';

const TokenAnswer = z.object({ token: z.string() });

/** The server's message for a refused request ("code: must not be empty"), else the status. */
async function refusal(response: Response): Promise<Error> {
  const body = ApiError.safeParse(await response.json().catch(() => null));
  if (!body.success) return new Error(`HTTP ${response.status}`);
  const issues = body.data.error.issues ?? [];
  return new Error(issues.length ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : body.data.error.message);
}

async function post<T>(fetchImpl: typeof fetch, url: string, body: unknown, schema: z.ZodMiniType<T>): Promise<T> {
  const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw await refusal(response);
  return schema.parse(await response.json());
}

export interface SignInApi {
  code(code: string): Promise<Credentials>;
  demo(email: string): Promise<Credentials>;
  sso(handoffCode: string): Promise<Credentials>;
  /** Checks a pasted personal token against /v1/me before keeping it. */
  token(token: string): Promise<Credentials>;
  /** Whether the server waits for its first org (GET /v1/setup/first-run). */
  firstRunOpen(): Promise<boolean>;
  /** Creates the first org and its admin with the setup token, and signs that admin in with the one-time code it answers. */
  firstRun(input: FirstRunInput): Promise<Credentials>;
}

export interface FirstRunInput {
  setupToken: string;
  name: string;
  slug: string;
  adminEmail: string;
  adminName: string;
}

const FirstRunAnswer = z.object({ signIn: z.object({ code: z.string() }) });
const FirstRunState = z.object({ open: z.boolean() });

export function signInApi(endpoint: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis), now: () => number = Date.now): SignInApi {
  return {
    code: async (code) => ({ kind: 'token', token: (await post(fetchImpl, `${endpoint}/v1/auth/sign-in-code`, { code: code.trim() }, TokenAnswer)).token }),
    demo: async (email) => ({ kind: 'token', token: (await post(fetchImpl, `${endpoint}/v1/auth/dev-signin`, { email: email.trim() }, TokenAnswer)).token }),
    sso: async (code) => sessionCredentials(await post(fetchImpl, `${endpoint}/v1/auth/sso/exchange`, { code }, SessionTokens), now()),
    async firstRunOpen() {
      const response = await fetchImpl(`${endpoint}/v1/setup/first-run`);
      return response.ok && FirstRunState.parse(await response.json()).open;
    },
    async firstRun(input) {
      const created = await post(fetchImpl, `${endpoint}/v1/setup/first-run`, input, FirstRunAnswer);
      return { kind: 'token', token: (await post(fetchImpl, `${endpoint}/v1/auth/sign-in-code`, { code: created.signIn.code }, TokenAnswer)).token };
    },
    async token(token) {
      const trimmed = token.trim();
      const response = await fetchImpl(`${endpoint}/v1/me`, { headers: { authorization: `Bearer ${trimmed}` } });
      if (!response.ok) throw await refusal(response);
      return { kind: 'token', token: trimmed };
    },
  };
}
