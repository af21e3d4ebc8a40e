// @vitest-environment node
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type TestBackend } from '../testing/backend';
import { SignInError, verifyToken } from './verify-token';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend();
}, 120_000);
afterAll(() => backend?.close());

describe('verifyToken against the real backend over HTTP', () => {
  it('returns who the token belongs to', async () => {
    const { id, name, email, token } = backend.people.member;
    const session = await verifyToken(backend.endpoint, token);
    expect(session).toEqual({ token, person: { id, name, email }, orgName: backend.orgName });
    expect(backend.orgName).toBe('Northwind Support & Sales');
  });

  it('explains a token the server does not accept', async () => {
    await expect(verifyToken(backend.endpoint, 'slp_not-a-real-token')).rejects.toThrow(
      new SignInError('The server did not accept this token: it may be mistyped, expired or revoked.'),
    );
  });

  it('refuses an integration key, which acts for no person', async () => {
    await expect(verifyToken(backend.endpoint, backend.integrationKey)).rejects.toThrow(/integration key/);
  });

  it('explains an address where no server answers', async () => {
    const endpoint = await closedPort();
    await expect(verifyToken(endpoint, 'x')).rejects.toThrow(new RegExp(`^Could not reach ${endpoint} `));
  });

  it('explains an address without the Sightline API', async () => {
    await expect(verifyToken(`${backend.endpoint}/not-here`, backend.people.member.token)).rejects.toThrow(/HTTP 404/);
  });

  it('explains an answer that is not the Sightline API', async () => {
    // Some other service answering 200 at that address.
    const other = async () => new Response(JSON.stringify({ status: 'ok' }), { headers: { 'content-type': 'application/json' } });
    await expect(verifyToken('https://intranet.example', 't', other)).rejects.toThrow(
      new SignInError('https://intranet.example did not answer like a Sightline server. Check the address.'),
    );
  });
});

/** An address on this machine where nothing listens. */
async function closedPort(): Promise<string> {
  const server = createServer();
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
