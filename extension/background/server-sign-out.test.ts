// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Session } from '../settings/account';
import { endServerSession } from './server-sign-out';

const ENDPOINT = 'http://127.0.0.1:8787';
const person = { id: '0190a4f0-0000-7000-8000-000000000001', name: 'Alice', email: 'alice@example.com' };
const ssoSession: Session = { token: 'sla_old', person, orgName: 'Northwind', sso: { refreshToken: 'slr_x', accessExpiresAt: 0 } };

function recordingFetch(answer: () => Response) {
  const requests: Array<{ url: string; method?: string; authorization?: string }> = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    requests.push({ url, method: init?.method, authorization: new Headers(init?.headers).get('authorization') ?? undefined });
    return answer();
  }) as unknown as typeof fetch;
  return { requests, fetchImpl };
}

describe('ending the server session on sign-out', () => {
  it('posts /v1/auth/sign-out with the freshest access token of a single sign-on session', async () => {
    const { requests, fetchImpl } = recordingFetch(() => Response.json({ id: 'x', revoked: true }));
    expect(await endServerSession(ENDPOINT, ssoSession, async () => 'sla_fresh', fetchImpl)).toBe('ended');
    expect(requests).toEqual([{ url: `${ENDPOINT}/v1/auth/sign-out`, method: 'POST', authorization: 'Bearer sla_fresh' }]);
  });

  it('leaves a personal token alone, and reports an unreachable server without throwing', async () => {
    const { requests, fetchImpl } = recordingFetch(() => Response.json({}));
    expect(await endServerSession(ENDPOINT, { ...ssoSession, sso: undefined }, async () => 'slp_x', fetchImpl)).toBe('not a session');
    expect(requests).toEqual([]);
    const offline = (async () => Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch;
    expect(await endServerSession(ENDPOINT, ssoSession, async () => 'sla_x', offline)).toBe('unreachable');
    const gone = recordingFetch(() => Response.json({ error: { code: 'unauthorized', message: 'revoked' } }, { status: 401 }));
    expect(await endServerSession(ENDPOINT, ssoSession, async () => 'sla_x', gone.fetchImpl)).toBe('ended');
  });
});
