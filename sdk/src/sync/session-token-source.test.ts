// Unit tests with a stand-in for POST /v1/auth/session/refresh; the rotation and reuse rules
// themselves are tested on the backend (backend/src/routes/sessions.test.ts).
import { describe, expect, it } from 'vitest';
import { REFRESH_MARGIN_MS, sessionTokenSource, type StoredSessionTokens } from './session-token-source';

const ENDPOINT = 'https://sightline.example';

function setUp(initial: StoredSessionTokens, answer: (refreshToken: string, n: number) => Response) {
  let stored: StoredSessionTokens | null = initial;
  const refreshes: string[] = [];
  const now = 1_000_000;
  const source = sessionTokenSource({
    endpoint: ENDPOINT,
    load: async () => stored,
    save: async (tokens) => void (stored = tokens),
    now: () => now,
    fetch: (async (url: string, init?: RequestInit) => {
      expect(url).toBe(`${ENDPOINT}/v1/auth/session/refresh`);
      const { refreshToken } = JSON.parse(String(init?.body));
      refreshes.push(refreshToken);
      return answer(refreshToken, refreshes.length);
    }) as typeof fetch,
  });
  return { source, refreshes, stored: () => stored, now };
}

const rotated = (n: number) => Response.json({ sessionId: 's', tokenType: 'Bearer', accessToken: `sla_${n}`, refreshToken: `slr_${n}`, expiresIn: 900 });

describe('sessionTokenSource', () => {
  it('hands out the stored access token while it has more than a minute left', async () => {
    const { source, refreshes } = setUp({ accessToken: 'sla_0', refreshToken: 'slr_0', accessExpiresAt: 1_000_000 + REFRESH_MARGIN_MS + 1 }, (_, n) => rotated(n));
    expect(await source()).toBe('sla_0');
    expect(refreshes).toEqual([]);
  });

  it('refreshes once for concurrent callers near expiry, and saves the new pair before using it', async () => {
    const { source, refreshes, stored, now } = setUp({ accessToken: 'sla_0', refreshToken: 'slr_0', accessExpiresAt: 1_000_000 + 1000 }, (_, n) => rotated(n));
    expect(await Promise.all([source(), source(), source()])).toEqual(['sla_1', 'sla_1', 'sla_1']);
    expect(refreshes).toEqual(['slr_0']);
    expect(stored()).toEqual({ accessToken: 'sla_1', refreshToken: 'slr_1', accessExpiresAt: now + 900_000 });
    expect(await source()).toBe('sla_1');
  });

  it("hands back the stale access token when the session has ended, so the request meets the server's 401", async () => {
    const { source, stored } = setUp({ accessToken: 'sla_0', refreshToken: 'slr_0', accessExpiresAt: 0 }, () => Response.json({ error: { message: 'revoked' } }, { status: 401 }));
    expect(await source()).toBe('sla_0');
    expect(stored()).toMatchObject({ refreshToken: 'slr_0' });
  });
});
