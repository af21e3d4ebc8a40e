/**
 * What a scoped credential may reach. Sessions and tokens minted before scopes existed carry
 * none and reach everything their role allows; a scoped token reaches only the routes listed
 * here for one of its scopes, so a route missing from the table is closed to scoped tokens
 * (minting tokens, managing sessions, configuring the org) rather than open by mistake.
 */
import { createMiddleware } from 'hono/factory';
import type { MutationName } from '@sightline/sdk/model';
import { forbidden } from '../http/api-error';
import type { AuthEnv } from './authenticate';
import type { Principal } from './principal';

export const SCOPES = ['read', 'sync', 'metrics:write', 'people:import'] as const;
export type Scope = (typeof SCOPES)[number];

/** Integration keys act for no person: they feed metric values or the people directory. */
export const INTEGRATION_KEY_SCOPES = ['metrics:write', 'people:import'] as const satisfies readonly Scope[];

const ROUTE_SCOPES: ReadonlyArray<{ method: string; path: RegExp; scopes: readonly Scope[] }> = [
  // Any credential may ask whom it acts as.
  { method: 'GET', path: /^\/v1\/me$/, scopes: SCOPES },
  { method: 'GET', path: /^\/v1\/sync\/(?:pull|events|first-view)$/, scopes: ['read', 'sync'] },
  // metrics:write pushes metric.record only (mayApplyMutation).
  { method: 'POST', path: /^\/v1\/sync\/push$/, scopes: ['sync', 'metrics:write'] },
  { method: 'POST', path: /^\/v1\/admin\/people$/, scopes: ['people:import'] },
];

export const hasScope = (principal: Principal, scope: Scope): boolean => !principal.scopes || principal.scopes.includes(scope);

/** 403 naming the scopes that would reach the route, for a scoped credential that holds none of them. */
export const enforceScopes = createMiddleware<AuthEnv>(async (c, next) => {
  const principal = c.get('principal');
  if (principal.scopes) {
    const rule = ROUTE_SCOPES.find((r) => r.method === c.req.method && r.path.test(c.req.path));
    if (!rule) throw forbidden(`${c.req.method} ${c.req.path} needs a sign-in session or an unscoped token, not a token scoped to ${principal.scopes.join(', ')}`);
    if (!rule.scopes.some((s) => hasScope(principal, s)))
      throw forbidden(`${c.req.method} ${c.req.path} needs a token with scope ${rule.scopes.join(' or ')}; this one has ${principal.scopes.join(', ')}`);
  }
  await next();
});

/** A push under metrics:write (without sync) may only record metric values. */
export const mayApplyMutation = (principal: Principal, name: MutationName): boolean =>
  hasScope(principal, 'sync') || (name === 'metric.record' && hasScope(principal, 'metrics:write'));
