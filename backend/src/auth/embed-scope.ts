/**
 * Embed tokens exist to feed widgets on an intranet page. They reach who-am-I, sync and the
 * directory, never routes that mint credentials or configure the org, so a ten-minute token
 * cannot be turned into a lasting one even when its viewer is an admin.
 */
import { createMiddleware } from 'hono/factory';
import { forbidden } from '../http/api-error';
import type { AuthEnv } from './authenticate';

const WIDGET_ROUTES = /^\/v1\/(?:me|directory|sync\/[^/]+)$/;

export const confineEmbedTokens = createMiddleware<AuthEnv>(async (c, next) => {
  if (c.get('principal').kind === 'embed' && !WIDGET_ROUTES.test(c.req.path)) {
    throw forbidden(`an embed token only reaches /v1/me, /v1/directory and /v1/sync/*; ${c.req.method} ${c.req.path} needs an API token`);
  }
  await next();
});
