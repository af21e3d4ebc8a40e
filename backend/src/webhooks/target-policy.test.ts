import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, fetch } from 'undici';
import { nonPublicRange, publicOnlyLookup, refusedHost, targetPolicyFrom } from './target-policy';

describe('webhook target policy', () => {
  it('lets only public unicast addresses through', () => {
    const ranges = Object.fromEntries(
      ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', '8.8.8.8', '2a00:1450::1'].map((a) => [a, nonPublicRange(a)]),
    );
    expect(ranges).toEqual({
      '127.0.0.1': 'loopback', '10.1.2.3': 'private', '172.16.0.1': 'private', '192.168.0.1': 'private', '169.254.169.254': 'linkLocal',
      '100.64.0.1': 'carrierGradeNat', '0.0.0.0': 'unspecified', '::1': 'loopback', '::': 'unspecified', 'fd00::1': 'uniqueLocal',
      'fe80::1': 'linkLocal', '::ffff:10.0.0.1': 'private', '8.8.8.8': null, '2a00:1450::1': null,
    });
  });

  it('refuses address literals and localhost names without resolving anything, and leaves other names to delivery', () => {
    expect(refusedHost(new URL('http://[fd12::3]:8080/x'))).toBe('fd12::3 is a uniqueLocal address');
    expect(refusedHost(new URL('http://api.localhost/x'))).toBe('api.localhost is this machine');
    expect(refusedHost(new URL('https://203.0.114.9/x'))).toBeNull();
    expect(refusedHost(new URL('https://hooks.example.test/x'))).toBeNull();
  });

  it('reads the opt-in from the environment and names it when it is neither true nor false', () => {
    expect(targetPolicyFrom({})).toEqual({ allowPrivate: false });
    expect(targetPolicyFrom({ SIGHTLINE_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })).toEqual({ allowPrivate: true });
    expect(() => targetPolicyFrom({ SIGHTLINE_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'yes' })).toThrow('SIGHTLINE_WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false, got "yes"');
  });

  describe('at connection time, after the name is resolved', () => {
    let server: Server;
    let hits = 0;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        hits++;
        res.end('ok');
      });
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    });
    afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

    it('refuses a name that resolves to loopback, and connects with the same name when private targets are allowed', async () => {
      const url = `http://localhost:${(server.address() as AddressInfo).port}/hook`;
      const strict = new Agent({ connect: { lookup: publicOnlyLookup } });
      const failure = await fetch(url, { dispatcher: strict, method: 'POST' }).then(() => null, (error: Error) => error);
      expect(failure?.cause).toMatchObject({ code: 'ENOTPUBLIC', message: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/) });
      expect(hits).toBe(0);
      const open = new Agent();
      expect((await fetch(url, { dispatcher: open, method: 'POST', body: '{}' })).status).toBe(200);
      expect(hits).toBe(1);
      await Promise.all([strict.close(), open.close()]);
    });
  });
});
