// @vitest-environment node
// Unit tests: the browser's identity API and the backend's exchange endpoint are stood in for
// by small fakes here; the backend's side of single sign-on is tested against a real provider
// in backend/src/routes/sso.test.ts.
import { describe, expect, it } from 'vitest';
import { signInWithSso, ssoStartUrl, type IdentityApi } from './sso-sign-in';
import { SignInError } from './verify-token';

const ENDPOINT = 'https://sightline.example';
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.extension-redirect.test/';
const TOKENS = { sessionId: '0193a000-0000-7000-8000-000000000001', tokenType: 'Bearer', accessToken: 'sla_a', refreshToken: 'slr_r', expiresIn: 900, sessionExpiresAt: '2027-01-01T00:00:00Z' };

function identity(finish: (url: string) => Promise<string | undefined>) {
  const launched: string[] = [];
  const api: IdentityApi = {
    getRedirectURL: () => REDIRECT,
    launchWebAuthFlow: async ({ url }) => {
      launched.push(url);
      return finish(url);
    },
  };
  return { api, launched };
}

function exchangeServer(answer: (code: string) => Response) {
  const codes: string[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    expect(url).toBe(`${ENDPOINT}/v1/auth/sso/exchange`);
    const { code } = JSON.parse(String(init?.body));
    codes.push(code);
    return answer(code);
  }) as typeof globalThis.fetch;
  return { fetch, codes };
}

describe('signInWithSso', () => {
  it("starts at the backend with the extension's redirect URL and exchanges the code the fragment brings back", async () => {
    const { api, launched } = identity(async () => `${REDIRECT}#sso_code=one-time-code`);
    const server = exchangeServer(() => Response.json(TOKENS));
    expect(await signInWithSso(ENDPOINT, 'northwind', { identity: api, fetch: server.fetch })).toMatchObject({ accessToken: 'sla_a', refreshToken: 'slr_r', expiresIn: 900 });
    expect(launched).toEqual([ssoStartUrl(ENDPOINT, 'northwind', REDIRECT)]);
    expect(new URL(launched[0]!).searchParams.get('redirect')).toBe(REDIRECT);
    expect(server.codes).toEqual(['one-time-code']);
  });

  it('explains a window closed or refused, naming the redirect URL an admin must allow', async () => {
    const { api } = identity(async () => Promise.reject(new Error('The user did not approve access.')));
    const error = await signInWithSso(ENDPOINT, 'northwind', { identity: api, fetch: exchangeServer(() => Response.json(TOKENS)).fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as Error).message).toContain(REDIRECT);
  });

  it('takes no code from anywhere but its own redirect URL, and none from a missing fragment', async () => {
    for (const finalUrl of ['https://evil.example/#sso_code=x', `${REDIRECT}#other=1`, undefined]) {
      const server = exchangeServer(() => Response.json(TOKENS));
      await expect(signInWithSso(ENDPOINT, 'northwind', { identity: identity(async () => finalUrl).api, fetch: server.fetch })).rejects.toBeInstanceOf(SignInError);
      expect(server.codes).toEqual([]);
    }
  });

  it("passes on the server's reason when it refuses the code", async () => {
    const server = exchangeServer(() => Response.json({ error: { code: 'unauthorized', message: 'code: is unknown, already used or expired; sign in again' } }, { status: 401 }));
    await expect(signInWithSso(ENDPOINT, 'northwind', { identity: identity(async () => `${REDIRECT}#sso_code=c`).api, fetch: server.fetch })).rejects.toThrow(
      /HTTP 401: code: is unknown, already used or expired/,
    );
  });
});
