import { describe, expect, it } from 'vitest';
import { call } from '../../test/helpers/http';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { parseCorsOrigins } from './cors';

const INTRANET = 'https://intranet.northwind.test';

const preflight = (method: string, headers = 'authorization, content-type', origin = INTRANET) => ({
  origin,
  'access-control-request-method': method,
  'access-control-request-headers': headers,
});

describeStorage('CORS on /v1', (ctx) => {
  it('answers a preflight for the sync calls without a token, allowing Authorization and JSON bodies', async () => {
    const app = createApp({ database: ctx.database });
    const res = await call(app, 'OPTIONS', '/v1/sync/push', { headers: preflight('POST') });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST', 'DELETE']));
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase().split(',')).toEqual(['authorization', 'content-type']);
    // Ten minutes: long enough that steady sync traffic costs no extra preflights.
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets a page on another origin read answers, errors included, and the Retry-After header', async () => {
    const org = await createOrgFixture(ctx.database, 'cors');
    const app = createApp({ database: ctx.database });
    const ok = await call(app, 'GET', '/v1/me', { token: org.tokens.alice, headers: { origin: INTRANET } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(ok.headers.get('access-control-expose-headers')).toBe('Retry-After');
    const refused = await call(app, 'GET', '/v1/me', { headers: { origin: INTRANET } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('allows only the configured origins when narrowed', async () => {
    const org = await createOrgFixture(ctx.database, 'cors');
    const app = createApp({ database: ctx.database, corsOrigins: [INTRANET] });
    const allowed = await call(app, 'OPTIONS', '/v1/sync/pull', { headers: preflight('GET', 'authorization') });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(INTRANET);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    const stranger = await call(app, 'OPTIONS', '/v1/sync/pull', { headers: preflight('GET', 'authorization', 'https://elsewhere.test') });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const read = await call(app, 'GET', '/v1/me', { token: org.tokens.alice, headers: { origin: 'https://elsewhere.test' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('parseCorsOrigins', () => {
  it('reads unset, empty and * as any origin, and a comma-separated list as exactly those', () => {
    for (const value of [undefined, '', ' * ']) expect(parseCorsOrigins(value)).toBe('*');
    expect(parseCorsOrigins(`${INTRANET}, http://localhost:3000`)).toEqual([INTRANET, 'http://localhost:3000']);
  });

  it('refuses anything that is not a bare origin, naming the variable', () => {
    for (const bad of [`${INTRANET}/`, `${INTRANET}/intranet`, 'intranet.northwind.test', `${INTRANET},`]) {
      expect(() => parseCorsOrigins(bad), bad).toThrow(/^SIGHTLINE_CORS_ORIGINS: .* is not an origin/);
    }
  });
});
