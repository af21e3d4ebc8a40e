import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { handleError, handleNotFound } from '../http/handle-error';
import { sdkRoutes } from './sdk-files';

const dist = mkdtempSync(join(tmpdir(), 'sightline-sdk-dist-'));
const secretOutside = join(dist, '..', `${dist.split('/').at(-1)}-secret.txt`);
mkdirSync(join(dist, 'esm', 'chunks'), { recursive: true });
writeFileSync(join(dist, 'esm', 'sightline.js'), 'export const entry = 1;\n');
writeFileSync(join(dist, 'esm', 'chunks', 'engine-3f9a1c.js'), 'export const engine = 1;\n');
writeFileSync(join(dist, 'sightline.js'), '(()=>{})();\n');
writeFileSync(join(dist, 'sightline.js.map'), '{"version":3}');
writeFileSync(secretOutside, 'not for the web');
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(secretOutside, { force: true });
});

const appServing = (dir: string) => {
  const app = new Hono().route('/sdk', sdkRoutes(dir));
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
};

describe('GET /sdk/*', () => {
  const app = appServing(dist);

  it('serves the bundles with JavaScript and JSON content types, loadable from any origin', async () => {
    for (const [path, type] of [
      ['/sdk/esm/sightline.js', 'text/javascript; charset=utf-8'],
      ['/sdk/sightline.js', 'text/javascript; charset=utf-8'],
      ['/sdk/sightline.js.map', 'application/json'],
    ]) {
      const res = await app.request(path!);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect(await (await app.request('/sdk/esm/sightline.js')).text()).toBe('export const entry = 1;\n');
  });

  it('caches hashed chunks for a year and lets a cached entry start while revalidating, answering 304 when unchanged', async () => {
    const chunk = await app.request('/sdk/esm/chunks/engine-3f9a1c.js');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const entry = await app.request('/sdk/esm/sightline.js');
    expect(entry.headers.get('cache-control')).toBe('public, max-age=0, stale-while-revalidate=2592000');
    const etag = entry.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await app.request('/sdk/esm/sightline.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers 404 JSON for files it does not have, however the path tries to leave the directory', async () => {
    const outside = secretOutside.split('/').at(-1);
    for (const path of ['/sdk/esm/missing.js', `/sdk/../${outside}`, `/sdk/%2e%2e/${outside}`, `/sdk/esm/..%2f..%2f${outside}`, '/sdk/esm//sightline.js', '/sdk/esm']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect((await res.json()).error.code, path).toBe('not_found');
    }
  });

  it('says how to build the SDK when there is no build', async () => {
    const res = await appServing(join(dist, 'never-built')).request('/sdk/esm/sightline.js');
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error.code).toBe('sdk_not_built');
    expect(body.error.message).toContain('npm run build -w sdk');
  });
});
