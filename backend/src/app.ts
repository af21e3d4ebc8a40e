/**
 * The HTTP app. `createApp` wires routes to a database and returns a Hono app, so tests call
 * `app.request(...)` in-process and server.ts serves the same object.
 *
 * @example
 * const database = await openDatabase({ dataDir: 'memory://' });
 * await migrate(database);
 * const app = createApp({ database, devSignIn: true });
 * const res = await app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } });
 */
import { Hono } from 'hono';
import { authorizeRoutes } from './api/authorize';
import { openApiRoutes } from './api/openapi';
import { ROUTES } from './api/route-table';
import { authenticate, type AuthEnv } from './auth/authenticate';
import { enforceEmbedOrigins } from './auth/embed-origins';
import { embedResolver } from './auth/embed-resolver';
import { sessionResolver } from './auth/sessions/session-resolver';
import type { PrincipalResolver } from './auth/principal';
import { tokenResolver } from './auth/token-resolver';
import type { Database } from './db/database';
import { consoleRoutes } from './console/console-routes';
import { demoIntranetRoutes, type DemoIntranetOptions } from './demo/intranet-routes';
import { PokeHub } from './events/poke-hub';
import { handleError, handleNotFound } from './http/handle-error';
import { DEFAULT_LIMITS, perIpLimit, principalBudget, type Limits } from './http/rate-limit';
import { closeConnectionsOnShutdown } from './http/shutdown';
import { crossOriginResource, securityHeaders, strictTransportSecurity } from './http/security-headers';
import { refuseUnstorableUrl } from './http/url-text';
import { adminRoutes } from './routes/admin';
import { auditRoutes } from './routes/audit';
import { peopleCsvRoutes } from './routes/people-csv';
import { scimConfigRoutes } from './routes/scim-config';
import { scimGroupRoutes } from './routes/scim-groups';
import { scimUserRoutes } from './routes/scim-users';
import { scimErrors } from './scim/scim-error';
import { devSignInRoutes, tokenRoutes } from './routes/auth';
import { apiCors, type CorsOrigins } from './routes/cors';
import { developmentRoutes } from './routes/development';
import { dueRoutes } from './routes/due';
import { embedKeyRoutes } from './routes/embed-keys';
import { embedOriginRoutes } from './routes/embed-origins';
import { HEARTBEAT_MS, eventRoutes } from './routes/events';
import { firstViewRoutes } from './routes/first-view';
import { historyRoutes } from './routes/history';
import { goalsCsvRoutes } from './routes/goals-csv';
import { firstRunRoutes } from './routes/first-run';
import type { FirstRun } from './orgs/first-run';
import { meRoutes } from './routes/me';
import { requestRoutes } from './routes/requests';
import { reviewRoutes } from './routes/reviews';
import { privacyExportRoutes } from './routes/privacy-export';
import { privacyEraseRoutes } from './routes/privacy-erase';
import { retentionRoutes } from './routes/retention';
import { metricValueRoutes } from './routes/metric-values';
import { signInCodeRoutes } from './routes/sign-in-code';
import { sdkRoutes } from './routes/sdk-files';
import { sessionRefreshRoutes, sessionRoutes } from './routes/sessions';
import { ssoAdminRoutes, ssoSignInRoutes, type SsoOptions } from './routes/sso';
import { syncRoutes } from './routes/sync';
import { directoryRoutes } from './routes/directory';
import type { PageLimits } from './sync/reset-page';
import { webhookRoutes } from './routes/webhooks';
import type { WebhookTargetPolicy } from './webhooks/target-policy';

export interface AppOptions {
  database: Database;
  /** Mounts POST /v1/auth/dev-signin (an email is enough to get a token). Demo only; off by default. */
  devSignIn?: boolean;
  /** Resolvers tried after the built-in ones (API tokens, sessions, signed embed tokens). */
  resolvers?: PrincipalResolver[];
  /** Single sign-on: this server's public URL and the key sealing client secrets. */
  sso?: SsoOptions;
  /** Origins whose pages may call /v1 (SIGHTLINE_CORS_ORIGINS); default any, since auth is a bearer token, never a cookie. */
  corsOrigins?: CorsOrigins;
  /** Where GET /sdk/* serves the built SDK from, and /app the console (its console/ folder); default sdk/dist. */
  sdkDir?: string;
  /** Serves the demo intranet page at / and /demo (sightline serve). */
  demo?: DemoIntranetOptions;
  /** Server time for updatedAt stamps; tests pin it. */
  clock?: () => Date;
  heartbeatMs?: number;
  /** Per-principal and per-IP budgets; tests lower them. */
  limits?: Partial<Limits>;
  /** Aborting it ends every open SSE stream (graceful shutdown). */
  signal?: AbortSignal;
  /** The first run of a server without orgs (orgs/first-run.ts); without it /v1/setup/first-run answers 404. */
  firstRun?: FirstRun | null;
  /** Rows and bytes per page of a reset; tests lower them to make many pages. */
  pullPageLimits?: PageLimits;
  /** Which webhook URLs may be registered (SIGHTLINE_WEBHOOK_ALLOW_PRIVATE_TARGETS); default public addresses only. */
  webhookTargets?: WebhookTargetPolicy;
}

export function createApp(options: AppOptions): Hono<AuthEnv> {
  const { database, clock = () => new Date(), heartbeatMs = HEARTBEAT_MS } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const hub = new PokeHub(database.db, database.changes);
  options.signal?.addEventListener('abort', () => hub.closeAll(), { once: true });

  const app = new Hono<AuthEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);
  if (options.signal) app.use('*', closeConnectionsOnShutdown(options.signal, '/v1/sync/events'));
  app.use('*', securityHeaders, strictTransportSecurity);
  app.use('/sdk/*', crossOriginResource);
  // Outermost on SCIM paths, so every refusal below it (a NUL in the URL, a bad credential) is answered in SCIM's error shape.
  app.use('/v1/scim/*', scimErrors);
  app.use('*', refuseUnstorableUrl);
  app.get('/healthz', (c) => c.json({ ok: true }));
  // Before auth: preflights carry no Authorization header, and a 401 must be readable cross-origin too.
  app.use('/v1/*', apiCors(options.corsOrigins));
  // Registered before the auth middleware: its handler answers without ever reaching it.
  const signInLimit = perIpLimit(limits.signInsPerMinute);
  app.use('/v1/auth/sign-in-code', signInLimit);
  app.route('/v1/auth', signInCodeRoutes(database));
  if (options.devSignIn) {
    app.use('/v1/auth/dev-signin', signInLimit);
    app.route('/v1/auth', devSignInRoutes(database));
  }
  const sessionCallLimit = perIpLimit(limits.sessionCallsPerMinute);
  app.use('/v1/auth/session/refresh', sessionCallLimit);
  app.use('/v1/auth/sso/*', sessionCallLimit);
  app.route('/v1/auth', sessionRefreshRoutes(database, clock));
  app.route('/v1/auth', ssoSignInRoutes(database, options.sso ?? {}, clock));
  app.use('/v1/setup/first-run', signInLimit);
  app.route('/v1/setup', firstRunRoutes(database, options.firstRun ?? null, clock));
  app.route('/v1', openApiRoutes(ROUTES));
  app.use('/v1/*', authenticate([tokenResolver(database.db), sessionResolver(database.db, clock), embedResolver(database.db, { now: clock }), ...(options.resolvers ?? [])]));
  app.use('/v1/*', authorizeRoutes(ROUTES));
  app.use('/v1/*', enforceEmbedOrigins(database.db));
  app.use('/v1/*', principalBudget(limits.workPerMinute));
  app.route('/v1', sessionRoutes(database, clock));
  app.route('/v1/admin', ssoAdminRoutes(database, options.sso ?? {}));
  app.route('/v1', meRoutes(database));
  app.route('/v1', privacyExportRoutes(database, clock));
  app.route('/v1/admin', privacyEraseRoutes(database, clock));
  app.route('/v1/admin', retentionRoutes(database, clock));
  app.route('/v1/auth', tokenRoutes(database));
  app.route('/v1/admin', adminRoutes(database, clock));
  app.route('/v1/admin', peopleCsvRoutes(database, clock));
  app.route('/v1/admin', webhookRoutes(database, clock, options.webhookTargets));
  app.route('/v1/admin', auditRoutes(database));
  app.route('/v1/scim/v2', scimConfigRoutes());
  app.route('/v1/scim/v2/Users', scimUserRoutes(database, clock));
  app.route('/v1/scim/v2/Groups', scimGroupRoutes(database, clock));
  app.route('/v1/admin', embedKeyRoutes(database));
  app.route('/v1', historyRoutes(database));
  app.route('/v1', goalsCsvRoutes(database, clock));
  app.route('/v1', requestRoutes(database, clock));
  app.route('/v1', reviewRoutes(database, clock));
  app.route('/v1', dueRoutes(database, clock));
  app.route('/v1', developmentRoutes(database));
  app.route('/v1/sync', syncRoutes(database, clock, options.pullPageLimits));
  app.route('/v1/directory', directoryRoutes(database));
  app.route('/v1/metrics', metricValueRoutes(database, clock));
  app.route('/v1/admin', embedOriginRoutes(database));
  app.route('/v1/sync', eventRoutes(database, hub, heartbeatMs));
  app.route('/v1/sync', firstViewRoutes(database));
  app.route('/sdk', sdkRoutes(options.sdkDir));
  app.route('/app', consoleRoutes(database, { sdkDir: options.sdkDir, demo: !!options.devSignIn }));
  if (options.demo) app.route('/', demoIntranetRoutes(options.demo));
  return app;
}
