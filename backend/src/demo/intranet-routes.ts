/**
 * The demo intranet as a small Hono app: its home page under a strict Content-Security-Policy,
 * the page's two static assets, and the one server-side step every embedding intranet has:
 * signing an embed token for the viewer. `sightline serve` mounts it beside the API; the e2e
 * tests also serve it on an origin of its own, so the page still loads while Sightline is down.
 */
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { HttpError } from '../http/api-error';
import { handleError, handleNotFound } from '../http/handle-error';
import { SDK_DIST_DIR, sdkRoutes } from '../routes/sdk-files';
import { serveDir } from '../static/serve-dir';
import { intranetPage, type SdkBuild } from './intranet-page';
import type { DemoIntranetConfig, DemoViewer } from './prepare-demo';
import { signEmbedToken, type EmbedSigningKey, type SignedEmbedToken } from './sign-embed-token';

const ASSETS_DIR = fileURLToPath(new URL('./assets', import.meta.url));
const TOKEN_LIFETIME_SECONDS = 600;

export interface DemoIntranetOptions extends DemoIntranetConfig {
  /** Base URL of the Sightline API; by default the origin the page itself is served from. */
  sightlineUrl?: string;
  /** Where the page loads the SDK from (the folder holding `esm/`); by default `/sdk` on its own origin. */
  sdkUrl?: string;
}

const selfAnd = (pageOrigin: string, origin: string) => (origin === pageOrigin ? `'self'` : `'self' ${origin}`);

/** No inline code anywhere, so nothing but the page's own files may run, style or connect (plus the Sightline API, and the SDK's script and sightline.css). */
export function contentSecurityPolicy(pageOrigin: string, sightlineOrigin: string, sdkOrigin: string = pageOrigin): string {
  const connect = selfAnd(pageOrigin, sightlineOrigin);
  return [
    `default-src 'self'`,
    `script-src ${selfAnd(pageOrigin, sdkOrigin)}`,
    `style-src ${selfAnd(pageOrigin, sdkOrigin)}`,
    `connect-src ${connect}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * One token per viewer, reused until half its life is gone: fewer signatures, fewer /v1/me
 * look-ups by the SDK, and a page reloaded while Sightline is unreachable still opens the
 * viewer's local data, which the SDK finds by a token it has seen before.
 */
function viewerTokens(key: EmbedSigningKey) {
  const cache = new Map<string, SignedEmbedToken>();
  return async (viewer: string): Promise<SignedEmbedToken> => {
    const cached = cache.get(viewer);
    if (cached && cached.expiresAt - Date.now() / 1000 > TOKEN_LIFETIME_SECONDS / 2) return cached;
    const fresh = await signEmbedToken({ ...key, viewer, lifetimeSeconds: TOKEN_LIFETIME_SECONDS });
    cache.set(viewer, fresh);
    return fresh;
  };
}

const invalidQuery = (path: string, message: string) =>
  new HttpError(400, 'invalid_query', `the request is invalid: ${path}: ${message}`, { issues: [{ path, message }] });

function pickViewer(viewers: readonly DemoViewer[], as: string | undefined): DemoViewer {
  const viewer = as === undefined ? viewers[0] : viewers.find((v) => v.email === as.trim().toLowerCase());
  if (viewer) return viewer;
  throw invalidQuery('as', viewers.length ? `must be one of ${viewers.map((v) => v.email).join(', ')}` : 'the demo org has none of the demo viewers');
}

const SDK_BUILDS: readonly SdkBuild[] = ['esm', 'single-file'];

function pickSdkBuild(sdk: string | undefined): SdkBuild {
  if (sdk === undefined) return 'esm';
  const build = SDK_BUILDS.find((b) => b === sdk);
  if (!build) throw invalidQuery('sdk', `must be one of ${SDK_BUILDS.join(', ')}`);
  return build;
}

export function demoIntranetRoutes(options: DemoIntranetOptions) {
  const tokenFor = viewerTokens(options.key);
  return new Hono()
    .get('/', (c) => c.redirect(`/demo${new URL(c.req.url).search}`))
    .get('/demo', async (c) => {
      const viewer = pickViewer(options.viewers, c.req.query('as'));
      const sdkBuild = pickSdkBuild(c.req.query('sdk'));
      const pageOrigin = new URL(c.req.url).origin;
      const endpoint = options.sightlineUrl ?? pageOrigin;
      const signed = await tokenFor(viewer.email);
      const sdkBase = options.sdkUrl?.replace(/\/+$/, '') ?? '/sdk';
      c.header('content-security-policy', contentSecurityPolicy(pageOrigin, new URL(endpoint).origin, new URL(sdkBase, pageOrigin).origin));
      // The page carries a token: never cache it, never leak its URL onwards.
      c.header('cache-control', 'no-store');
      c.header('referrer-policy', 'no-referrer');
      return c.html(intranetPage({ viewer, viewers: options.viewers, endpoint, signed, featuredMetricId: options.featuredMetricId, sdkBuild, sdkBase }));
    })
    // The page asks again before its token expires. A real intranet answers this for the viewer
    // its session cookie names; the demo takes the same ?as= as the page.
    .get('/demo/token', async (c) => {
      const viewer = pickViewer(options.viewers, c.req.query('as'));
      c.header('cache-control', 'no-store');
      return c.json(await tokenFor(viewer.email));
    })
    .get('/demo/assets/*', serveDir({ root: ASSETS_DIR, prefix: '/demo/assets/', cacheControl: () => 'no-cache' }));
}

/**
 * The demo intranet on an origin of its own: the page keeps loading while the Sightline server
 * at `sightlineUrl` is down. It hosts its own copy of the SDK files as an intranet may, unless
 * `sdkUrl` points the page at the Sightline server's, and Sightline's service worker at /sightline-sw.js.
 */
export function createIntranetApp(options: DemoIntranetOptions & { sightlineUrl: string; sdkDir?: string }) {
  const app = new Hono();
  app.onError(handleError);
  app.notFound(handleNotFound);
  if (!options.sdkUrl) app.route('/sdk', sdkRoutes(options.sdkDir));
  // Our optional service worker, copied to the intranet's origin as the embedding guide says.
  const sdkDir = options.sdkDir ?? SDK_DIST_DIR;
  app.get('/sightline-sw.js', serveDir({ root: sdkDir, prefix: '/', cacheControl: () => 'no-cache' }));
  return app.route('/', demoIntranetRoutes(options));
}
