/** Bearer authentication: the first resolver that recognises the credential names the principal. */
import { createMiddleware } from 'hono/factory';
import { unauthorized } from '../http/api-error';
import type { Principal, PrincipalResolver } from './principal';

export type AuthEnv = {
  Variables: {
    principal: Principal;
    /** Work the request did beyond its own unit (a push's mutations), charged to the principal's budget. */
    work?: number;
  };
};

const BEARER = /^Bearer[ ]+([^\s]+)\s*$/i;

export const authenticate = (resolvers: readonly PrincipalResolver[]) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match) throw unauthorized();
    for (const resolve of resolvers) {
      const principal = await resolve(match[1]!);
      if (principal) {
        c.set('principal', principal);
        return next();
      }
    }
    throw unauthorized('the bearer token is invalid, expired or revoked');
  });
