import { describe, expect, it } from 'vitest';
import { signInApi } from './sign-in-api';

const answer = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('signInApi', () => {
  it('turns a redeemed code into a token credential', async () => {
    const api = signInApi('http://s', answer(201, { token: 'slt_abc', person: {}, org: {} }));
    expect(await api.code(' CODE ')).toEqual({ kind: 'token', token: 'slt_abc' });
  });

  it('turns an SSO hand-off into a session that expires when the server says', async () => {
    const api = signInApi('http://s', answer(200, { accessToken: 'sla', refreshToken: 'slr', expiresIn: 900 }), () => 1000);
    expect(await api.sso('x')).toEqual({ kind: 'session', accessToken: 'sla', refreshToken: 'slr', accessExpiresAt: 901_000 });
  });

  it('reports the server’s reason, naming the field when it does', async () => {
    const refused = signInApi('http://s', answer(401, { error: { code: 'unauthorized', message: 'the sign-in code is unknown, already used or expired; ask for a new one' } }));
    await expect(refused.code('nope')).rejects.toThrow('the sign-in code is unknown');
    const invalid = signInApi('http://s', answer(400, { error: { code: 'invalid_body', message: 'bad', issues: [{ path: 'email', message: 'must be an email address' }] } }));
    await expect(invalid.demo('x')).rejects.toThrow('email: must be an email address');
  });

  it('checks a personal token against /v1/me before keeping it', async () => {
    const seen: Array<string | null> = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      seen.push(new Headers(init.headers).get('authorization'));
      return new Response('{}', { status: 200 });
    }) as typeof globalThis.fetch;
    expect(await signInApi('http://s', fetch).token(' slt_t ')).toEqual({ kind: 'token', token: 'slt_t' });
    expect(seen).toEqual(['Bearer slt_t']);
  });
});
