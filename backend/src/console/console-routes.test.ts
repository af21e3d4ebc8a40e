import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { createOrgWithAdmin } from '../orgs/create-org-with-admin';
import { CONSOLE_CSP } from './console-routes';

const sdkDir = mkdtempSync(join(tmpdir(), 'sightline-console-dist-'));
mkdirSync(join(sdkDir, 'console', 'chunks'), { recursive: true });
writeFileSync(join(sdkDir, 'console', 'console.js'), 'export {};\n');
writeFileSync(join(sdkDir, 'console', 'console.css'), 'body{}\n');
writeFileSync(join(sdkDir, 'console', 'chunks', 'dexie-1a2b.js'), 'export {};\n');

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
});
afterAll(async () => {
  await database.close();
  rmSync(sdkDir, { recursive: true, force: true });
});

const meta = (html: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? null;

describe('GET /app', () => {
  it('serves the app page for /app and every deep link under it, under the strict CSP', async () => {
    const app = createApp({ database, sdkDir });
    for (const path of ['/app', '/app/', '/app/team?week=2027-W05', '/app/people/0190aaaa-0000-7000-8000-000000000000', '/app/setup/kpis']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain('text/html');
      expect(res.headers.get('content-security-policy'), path).toBe(CONSOLE_CSP);
      const html = await res.text();
      expect(html).toContain('<script type="module" src="/app/assets/console.js"></script>');
      expect(html).not.toMatch(/<script>|<style>| style=/);
    }
    expect(CONSOLE_CSP).not.toContain('unsafe');
  });

  it('says demo only in demo mode', async () => {
    const demo = await (await createApp({ database, sdkDir, devSignIn: true }).request('/app')).text();
    const production = await (await createApp({ database, sdkDir }).request('/app')).text();
    expect(meta(demo, 'sightline-mode')).toBe('demo');
    expect(meta(production, 'sightline-mode')).toBe('production');
  });

  it('names the only org for single sign-on once it has it, and no org when there are several', async () => {
    const app = createApp({ database, sdkDir });
    const page = async () => (await app.request('/app')).text();
    const { org, admin } = await createOrgWithAdmin(database, { name: 'Acme', slug: 'acme', adminEmail: 'ada@acme.example' });
    expect(meta(await page(), 'sightline-sso-org')).toBeNull();
    await database.db
      .insertInto('ssoConfigs')
      .values({ orgId: org.id, issuer: 'https://idp.acme.example', clientId: 'sightline', clientSecretJwe: null, allowedDomains: '["acme.example"]', emailClaim: 'email', allowedRedirects: '[]', updatedBy: admin.id })
      .execute();
    expect(meta(await page(), 'sightline-sso-org')).toBe('acme');
    await createOrgWithAdmin(database, { name: 'Beta', slug: 'beta', adminEmail: 'bo@beta.example' });
    expect(meta(await page(), 'sightline-sso-org')).toBeNull();
  });

  it('serves the built files at /app/assets, hashed chunks for a year, and says when the console is not built', async () => {
    const app = createApp({ database, sdkDir });
    const entry = await app.request('/app/assets/console.js');
    expect(entry.status).toBe(200);
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    expect((await app.request('/app/assets/console.css')).headers.get('content-type')).toContain('text/css');
    expect((await app.request('/app/assets/chunks/dexie-1a2b.js')).headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/app/assets/..%2F..%2Fsecret')).status).toBe(404);
    const missing = await createApp({ database, sdkDir: join(sdkDir, 'nowhere') }).request('/app/assets/console.js');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'console_not_built' } });
  });
});
