import { describe, expect, it } from 'vitest';
import type { CredentialStore, Credentials } from './credentials';
import { REFRESH_MARGIN_MS } from '../../sync/session-token-source';
import { consoleTokenSource } from './token-source';

function memoryStore(initial: Credentials | null): CredentialStore & { current: Credentials | null } {
  const store = {
    current: initial,
    load: () => store.current,
    save: (c: Credentials) => void (store.current = c),
    clear: () => void (store.current = null),
  };
  return store;
}

const NOW = 1_800_000_000_000;

describe('consoleTokenSource', () => {
  it('hands out a person token as it is', async () => {
    const source = consoleTokenSource({ endpoint: 'http://s', store: memoryStore({ kind: 'token', token: 'slt_x' }), fetch: () => Promise.reject(new Error('no request expected')) });
    expect(await source()).toBe('slt_x');
  });

  it('refreshes a session near expiry once for concurrent callers, saving the new pair before use', async () => {
    const store = memoryStore({ kind: 'session', accessToken: 'sla_old', refreshToken: 'slr_old', accessExpiresAt: NOW + REFRESH_MARGIN_MS - 1 });
    const asked: string[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      asked.push(JSON.parse(String(init.body)).refreshToken);
      return new Response(JSON.stringify({ accessToken: 'sla_new', refreshToken: 'slr_new', expiresIn: 900 }), { status: 200 });
    }) as typeof globalThis.fetch;
    const source = consoleTokenSource({ endpoint: 'http://s', store, fetch, now: () => NOW });
    expect(await Promise.all([source(), source()])).toEqual(['sla_new', 'sla_new']);
    expect(asked).toEqual(['slr_old']);
    expect(store.current).toEqual({ kind: 'session', accessToken: 'sla_new', refreshToken: 'slr_new', accessExpiresAt: NOW + 900_000 });
  });

  it('keeps a fresh access token, and returns the stale one when the session is gone so the server says signed out', async () => {
    const fresh = memoryStore({ kind: 'session', accessToken: 'sla_fresh', refreshToken: 'slr', accessExpiresAt: NOW + 10 * 60_000 });
    expect(await consoleTokenSource({ endpoint: 'http://s', store: fresh, fetch: () => Promise.reject(new Error('no')), now: () => NOW })()).toBe('sla_fresh');
    const revoked = memoryStore({ kind: 'session', accessToken: 'sla_stale', refreshToken: 'slr', accessExpiresAt: NOW });
    const refused = (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch;
    expect(await consoleTokenSource({ endpoint: 'http://s', store: revoked, fetch: refused, now: () => NOW })()).toBe('sla_stale');
  });
});
