import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../model';
import { RequestError, SeqGapError, TemporaryError, UnauthorizedError } from './errors';
import { createTransport } from './http';
import { ADA } from '../../store/testing/fixtures';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const transport = (fetchImpl: typeof fetch) => createTransport({ endpoint: 'http://api.test/', token: 't0k', fetch: fetchImpl });
const push = (fetchImpl: typeof fetch) =>
  transport(fetchImpl).push({ clientId: uuidv7(), mutations: [{ id: uuidv7(), seq: 1, name: 'goal.delete', args: { id: uuidv7() }, at: new Date().toISOString() }] });

describe('createTransport', () => {
  it('sends the bearer token and the protocol paths', async () => {
    const seen: Array<[string, Headers]> = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push([String(input), new Headers(init?.headers)]);
      return new Response(JSON.stringify({ cursor: '5', reset: false, lastSeq: 0, version: 5, changes: {} }));
    };
    const clientId = uuidv7();
    await createTransport({ endpoint: 'http://api.test/', token: async () => 'fresh', fetch: recording }).pull(clientId, 'c 1');
    expect(seen[0]![0]).toBe(`http://api.test/v1/sync/pull?clientId=${clientId}&cursor=c+1`);
    expect(seen[0]![1].get('authorization')).toBe('Bearer fresh');
  });

  it('sorts failures by what the engine must do', async () => {
    await expect(push(answer(401, {}))).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(push(answer(409, { error: { code: 'seq_gap', message: 'gap', expectedSeq: 4 } }))).rejects.toEqual(new SeqGapError(4));
    await expect(push(answer(503, { error: { code: 'busy', message: 'busy' } }, { 'retry-after': '3' }))).rejects.toMatchObject({
      name: 'TemporaryError',
      retryAfterMs: 3000,
    });
    await expect(push(answer(500, 'oops'))).rejects.toMatchObject({ name: 'TemporaryError', retryAfterMs: null });
    await expect(push(answer(429, {}))).rejects.toBeInstanceOf(TemporaryError);
    await expect(push(() => Promise.reject(new TypeError('fetch failed')))).rejects.toThrow(/network error: fetch failed/);
    await expect(push(answer(400, { error: { code: 'invalid_request', message: 'mutations.0.at: bad' } }))).rejects.toEqual(
      new RequestError(400, 'mutations.0.at: bad'),
    );
    await expect(push(answer(409, { error: { code: 'conflict', message: 'other' } }))).rejects.toBeInstanceOf(RequestError);
    await expect(push(answer(200, { lastSeq: 'x' }))).rejects.toThrow(/unexpected response from \/v1\/sync\/push/);
  });

  it("carries the server's reason for a refused token and never sends that token again", async () => {
    const reason = { code: 'unauthorized', message: 'embed token rejected: exp: the token has expired; mint a new one', issues: [{ path: 'exp', message: 'the token has expired; mint a new one' }] };
    const sent: string[] = [];
    let current = 'expired';
    const server: typeof fetch = async (_input, init) => {
      const bearer = new Headers(init?.headers).get('authorization')!;
      sent.push(bearer);
      return bearer === 'Bearer expired' ? answer(401, { error: reason })() : answer(200, { lastSeq: 1, results: [] })();
    };
    const refusing = createTransport({ endpoint: 'http://api.test', token: () => current, fetch: server });
    const refusal = await refusing.events(new AbortController().signal).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UnauthorizedError);
    expect(refusal).toMatchObject({ message: `not signed in: ${reason.message}`, issues: reason.issues });

    await expect(refusing.me()).rejects.toBe(refusal);
    await expect(refusing.pull(uuidv7(), null)).rejects.toBe(refusal);
    expect(sent).toEqual(['Bearer expired']);

    current = 'fresh';
    await refusing.push({ clientId: uuidv7(), mutations: [] }).catch(() => undefined);
    expect(sent).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it("reads the person from the backend's /v1/me answer and refuses a token that acts for no person", async () => {
    const principal = { kind: 'person', role: ADA.role, orgId: ADA.orgId, personId: ADA.id };
    const org = { id: ADA.orgId, name: 'Acme', slug: 'acme' };
    await expect(transport(answer(200, { principal, person: ADA, org })).me()).resolves.toEqual(ADA);
    const integration = { ...principal, kind: 'integration', personId: null };
    await expect(transport(answer(200, { principal: integration, person: null, org })).me()).rejects.toEqual(
      new RequestError(403, 'this token acts for no person; sign in as a person to use Sightline'),
    );
    await expect(transport(answer(200, ADA)).me()).rejects.toBeInstanceOf(RequestError);
  });
});
