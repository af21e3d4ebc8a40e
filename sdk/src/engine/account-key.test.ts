import { describe, expect, it } from 'vitest';
import { accountKey, embedViewer } from './account-key';
import { unsignedJwt } from './testing/unsigned-jwt';

const ENDPOINT = 'https://sightline.example.com';

describe('embedViewer', () => {
  it('reads the org slug and subject the way the server does: org before iss', () => {
    expect(embedViewer(unsignedJwt({ iss: 'northwind', sub: 'lena.vogel@northwind.example' }))).toEqual({
      org: 'northwind',
      sub: 'lena.vogel@northwind.example',
    });
    expect(embedViewer(unsignedJwt({ iss: 'https://intranet.example', org: 'northwind', sub: 'Zoë' }))).toEqual({ org: 'northwind', sub: 'Zoë' });
  });

  it('finds no viewer in opaque tokens, unreadable JWTs or ones without org and subject', () => {
    expect(embedViewer('slp_0123456789abcdef')).toBeNull();
    expect(embedViewer('aGVsbG8.bm90IGpzb24.c2ln')).toBeNull(); // payload "not json"
    expect(embedViewer(unsignedJwt({ sub: 'ada@example.com' }))).toBeNull();
    expect(embedViewer(unsignedJwt({ iss: 'northwind' }))).toBeNull();
    expect(embedViewer(unsignedJwt({ iss: 'northwind', org: 42, sub: 'ada@example.com' }))).toBeNull();
  });
});

describe('accountKey', () => {
  it('is the same for every token naming one viewer, and differs per viewer, org and endpoint', async () => {
    const key = (claims: object, endpoint = ENDPOINT) => accountKey(endpoint, unsignedJwt({ aud: 'sightline', ...claims }));
    const ada = await key({ iss: 'northwind', sub: 'ada@example.com', iat: 1, exp: 601 });
    expect(await key({ iss: 'northwind', sub: 'ada@example.com', iat: 900, exp: 1500 })).toBe(ada);
    expect(await key({ iss: 'northwind', sub: 'bo@example.com', iat: 1, exp: 601 })).not.toBe(ada);
    expect(await key({ iss: 'southwind', sub: 'ada@example.com', iat: 1, exp: 601 })).not.toBe(ada);
    expect(await key({ iss: 'northwind', sub: 'ada@example.com' }, 'https://other.example.com')).not.toBe(ada);
  });

  it('keeps opaque tokens apart by the token itself, and never contains it', async () => {
    const key = await accountKey(ENDPOINT, 'slp_first');
    expect(await accountKey(ENDPOINT, 'slp_second')).not.toBe(key);
    expect(key).not.toContain('slp_first');
  });
});
