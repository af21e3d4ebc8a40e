/**
 * A real Sightline backend (PGlite in memory, migrated, demo org seeded) served over HTTP
 * together with the built SDK (`/sdk/...` from sdk/dist) and the benches' pages
 * (`/pages/...` from bench/sdk-pages), all on one origin as an intranet reverse proxy would
 * put them. Pages get the strict CSP intranets use; `%NONCE%` in a page is its nonce.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { Hono, type Context } from 'hono';
import { createApp, demoManagerLogin, migrate, openDatabase, seedDemo, startServer, type Database, type DemoLogin } from '@sightline/backend';

const DIST = join(import.meta.dirname, '../sdk/dist');
const PAGES = join(import.meta.dirname, 'sdk-pages');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };

/** The strict policy intranets use: same-origin scripts and styles, inline scripts only with this response's nonce, no eval. */
const strictCsp = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'`;

export interface DemoSite {
  origin: string;
  database: Database;
  /** The demo manager (people report to them, so the goal tree has every level). */
  login: DemoLogin;
  close(): Promise<void>;
}

/**
 * Files of `dir` under `prefix`. Scripts are cached like a CDN would, so a warm load reads
 * them from the HTTP cache; pages get a fresh nonce and the strict CSP.
 */
function staticFiles(dir: string, prefix: string) {
  return (c: Context) => {
    const file = normalize(join(dir, c.req.path.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file)) return c.notFound();
    if (extname(file) !== '.html') return c.body(readFileSync(file), 200, { 'content-type': TYPES[extname(file)] ?? 'text/plain', 'cache-control': 'max-age=3600' });
    const nonce = randomUUID();
    return c.html(readFileSync(file, 'utf8').replaceAll('%NONCE%', nonce), 200, { 'content-security-policy': strictCsp(nonce) });
  };
}

export async function startDemoSite(): Promise<DemoSite> {
  if (!existsSync(join(DIST, 'esm/sightline.js'))) throw new Error('sdk/dist is missing: run `npm run build -w sdk` first');
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  await seedDemo(database);
  const login = await demoManagerLogin(database);
  if (!login) throw new Error('the demo org has no manager to sign in as');

  const site = new Hono();
  site.get('/sdk/*', staticFiles(DIST, '/sdk/'));
  site.get('/pages/*', staticFiles(PAGES, '/pages/'));
  const shutdown = new AbortController();
  site.route('/', createApp({ database, signal: shutdown.signal }));
  const server = await startServer(site, { port: 0 });
  return {
    origin: server.url,
    database,
    login,
    async close() {
      shutdown.abort(); // ends open event streams, which would hold the server open
      await server.close();
      await database.close();
    },
  };
}
