/**
 * Single sign-on over HTTP. Unauthenticated (mounted before the bearer-token middleware):
 * GET /auth/sso/:orgSlug/start?redirect=..., GET /auth/sso/callback (the provider's redirect
 * URI) and POST /auth/sso/exchange. Admins: GET/PUT/DELETE /admin/sso.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AuthEnv } from '../auth/authenticate';
import { actingPerson } from '../auth/principal';
import { exchangeHandoff, finishSignIn, startSignIn, type SignInContext } from '../auth/oidc/sign-in-flow';
import { SsoConfigInput, deleteSsoConfig, saveSsoConfig, viewSsoConfig } from '../auth/oidc/sso-config';
import type { Database } from '../db/database';
import { notFound } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';

export interface SsoOptions {
  /** This server's public origin as browsers reach it; default the origin of each request. */
  publicUrl?: string;
  /** Seals and opens client secrets (SIGHTLINE_SECRET_KEY). */
  secretKey?: Uint8Array;
}

export const SsoExchange = z.strictObject({ code: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'must be the sso_code the sign-in returned' }) });

export function ssoSignInRoutes({ db }: Database, options: SsoOptions, clock: () => Date) {
  const context = (c: Context): SignInContext => ({ db, secretKey: options.secretKey, publicUrl: options.publicUrl ?? new URL(c.req.url).origin, now: clock() });
  return new Hono()
    .get('/sso/callback', async (c) => c.redirect(await finishSignIn(context(c), new URL(c.req.url).searchParams), 303))
    .get('/sso/:orgSlug/start', async (c) => c.redirect(await startSignIn(context(c), c.req.param('orgSlug'), c.req.query('redirect')), 302))
    .post('/sso/exchange', limitBody(BODY_LIMITS.default), async (c) => {
      const { code } = await readJson(c, SsoExchange);
      return c.json(await exchangeHandoff({ db, now: clock() }, code));
    });
}

export function ssoAdminRoutes({ db }: Database, options: SsoOptions) {
  const admin = (c: Context<AuthEnv>) => actingPerson(c.get('principal'));
  return new Hono<AuthEnv>()
    .get('/sso', async (c) => {
      const config = await viewSsoConfig(db, admin(c).orgId);
      if (!config) throw notFound('this org has no single sign-on configured');
      return c.json(config);
    })
    .put('/sso', limitBody(BODY_LIMITS.default), async (c) => {
      const { orgId, personId } = admin(c);
      const config = await readJson(c, SsoConfigInput);
      return c.json(await saveSsoConfig(db, { orgId, updatedBy: personId, config, secretKey: options.secretKey }));
    })
    .delete('/sso', async (c) => {
      if (!(await deleteSsoConfig(db, admin(c).orgId))) throw notFound('this org has no single sign-on configured');
      return c.json({ deleted: true });
    });
}
