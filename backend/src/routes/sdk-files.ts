/**
 * GET /sdk/*: the built SDK (`sdk/dist`: `esm/sightline.js` with its chunks, and the
 * single-file `sightline.js`), for pages that load the widgets straight from the Sightline server.
 */
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { HttpError } from '../http/api-error';
import { serveDir } from '../static/serve-dir';

export const SDK_DIST_DIR = fileURLToPath(new URL('../../../sdk/dist', import.meta.url));

const DAY_SECONDS = 24 * 60 * 60;
const YEAR_SECONDS = 365 * DAY_SECONDS;
/** How long a browser may start a cached entry while this server is unreachable. */
const STALE_ENTRY_SECONDS = 30 * DAY_SECONDS;

/**
 * Chunk names carry a content hash, so they never change. Entry files are stale at once but may
 * be used from the cache while the browser revalidates them in the background, so a page
 * reloaded while this server is down still starts the SDK; a new build shows from the next load.
 */
const sdkCacheControl = (path: string) =>
  path.startsWith('esm/chunks/') ? `public, max-age=${YEAR_SECONDS}, immutable` : `public, max-age=0, stale-while-revalidate=${STALE_ENTRY_SECONDS}`;

export function sdkRoutes(sdkDir: string = SDK_DIST_DIR) {
  return new Hono().get(
    '/*',
    serveDir({
      root: sdkDir,
      prefix: '/sdk/',
      cacheControl: sdkCacheControl,
      missingRoot: new HttpError(404, 'sdk_not_built', 'the SDK has not been built yet: run `npm run build -w sdk` (or `npm start`) and reload'),
      // Module scripts are fetched in CORS mode; an intranet on another origin must be able to load them.
      headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' },
    }),
  );
}
