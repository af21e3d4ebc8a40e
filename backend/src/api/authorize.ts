/**
 * Enforces the route table's access rules after authentication: the request's entry is found
 * with Hono's own router, so path parameters match exactly as the routes do. A /v1 request
 * that matches no entry is a 404 even if some module mounted a handler for it: a route
 * without a rule stays closed.
 */
import { createMiddleware } from 'hono/factory';
import { PatternRouter } from 'hono/router/pattern-router';
import type { AuthEnv } from '../auth/authenticate';
import { forbidden, notFound } from '../http/api-error';
import { refusal } from './access';
import type { RouteSpec } from './contract';

export function routeFinder(routes: readonly RouteSpec[]) {
  const router = new PatternRouter<RouteSpec>();
  for (const route of routes) router.add(route.method, route.path, route);
  // HEAD is answered by the GET handler.
  return (method: string, path: string): RouteSpec | undefined => router.match(method === 'HEAD' ? 'GET' : method, path)[0][0]?.[0];
}

export function authorizeRoutes(routes: readonly RouteSpec[]) {
  const find = routeFinder(routes);
  return createMiddleware<AuthEnv>(async (c, next) => {
    const route = find(c.req.method, c.req.path);
    if (!route) throw notFound(`no route for ${c.req.method} ${c.req.path}`);
    const refused = refusal(route.access, c.get('principal'), `${c.req.method} ${c.req.path}`);
    if (refused) throw forbidden(refused);
    await next();
  });
}
