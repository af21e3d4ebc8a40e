/**
 * GET /app and everything under it: the console web app. Its built files (`sdk/dist/console`)
 * are served at /app/assets/; every other path gets the app's page, so a deep link
 * (/app/people/<id>, /app/team?week=...) opens that view. Under a strict Content-Security-Policy:
 * only this origin's scripts, styles and API.
 */
import { join } from 'node:path';
import { Hono } from 'hono';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { SDK_DIST_DIR } from '../routes/sdk-files';
import { serveDir } from '../static/serve-dir';
import { consolePage } from './console-page';

export const CONSOLE_CSP = [
  `default-src 'self'`,
  `script-src 'self'`,
  `style-src 'self'`,
  `connect-src 'self'`,
  `img-src 'self' data:`,
  `object-src 'none'`,
  `base-uri 'none'`,
  `form-action 'self'`,
  `frame-ancestors 'none'`,
].join('; ');

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Hashed chunks never change; the entry and the stylesheet are revalidated on every load. */
const assetCacheControl = (path: string) => (path.startsWith('chunks/') ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache');

/** The slug of the server's only org if it has single sign-on; with several orgs the sign-in page asks for one. */
async function singleSsoOrg({ db }: Database): Promise<string | null> {
  const orgs = await db.selectFrom('orgs').select(['id', 'slug']).limit(2).execute();
  if (orgs.length !== 1) return null;
  const sso = await db.selectFrom('ssoConfigs').select('orgId').where('orgId', '=', orgs[0]!.id).executeTakeFirst();
  return sso ? orgs[0]!.slug : null;
}

export function consoleRoutes(database: Database, options: { sdkDir?: string; demo: boolean }) {
  const root = join(options.sdkDir ?? SDK_DIST_DIR, 'console');
  const assets = serveDir({
    root,
    prefix: '/app/assets/',
    cacheControl: assetCacheControl,
    missingRoot: new HttpError(404, 'console_not_built', 'the console has not been built yet: run `npm run build -w sdk` (or `npm start`) and reload'),
  });
  const page = async (c: Parameters<typeof assets>[0]) => {
    c.header('content-security-policy', CONSOLE_CSP);
    c.header('cache-control', 'no-cache');
    return c.html(consolePage({ demo: options.demo, ssoOrg: await singleSsoOrg(database) }));
  };
  return new Hono().get('/assets/*', assets).get('/', page).get('/*', page);
}
