/**
 * Sessions: refreshing (unauthenticated: the refresh token is the credential), a person
 * listing and revoking their own, and people admins revoking a person's. Revocation takes
 * effect on the next request: the access-token resolver reads the session every time.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { Id } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import { isAdminLike, type Principal } from '../auth/principal';
import { SESSION_PREFIXES, listSessions, refreshSession, revokeSessions } from '../auth/sessions/sessions';
import type { Database } from '../db/database';
import { HttpError, forbidden, notFound } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';

export const RefreshRequest = z.strictObject({
  refreshToken: z.string().regex(new RegExp(`^${SESSION_PREFIXES.refresh}[A-Za-z0-9_-]{43}$`), { message: `must be a ${SESSION_PREFIXES.refresh} refresh token` }),
});

const refused = (message: string) => new HttpError(401, 'unauthorized', message, { issues: [{ path: 'refreshToken', message }] });

/** POST /session/refresh, mounted before the bearer-token middleware. */
export function sessionRefreshRoutes({ db }: Database, clock: () => Date) {
  return new Hono().post('/session/refresh', limitBody(BODY_LIMITS.default), async (c) => {
    const { refreshToken } = await readJson(c, RefreshRequest);
    const outcome = await refreshSession(db, refreshToken, clock());
    if ('tokens' in outcome) return c.json(outcome.tokens);
    if (outcome.refused === 'reused') throw refused('was already used once; the session is revoked, sign in again');
    throw refused('is unknown, expired or revoked; sign in again');
  });
}

const idParam = (raw: string, what: string) => {
  const id = Id.safeParse(raw);
  if (!id.success) throw notFound(`no ${what} ${raw}`);
  return id.data;
};

function peopleAdmin(principal: Principal): void {
  if (!principal.personId || !isAdminLike(principal.role)) throw forbidden("only people admins and admins may manage another person's sessions");
}

/** GET/DELETE /auth/sessions (one's own) and /admin/people/:personId/sessions (people admins). */
export function sessionRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>()
    .get('/auth/sessions', async (c) => {
      const { orgId, personId, sessionId: current } = c.get('principal');
      if (!personId) throw forbidden('an integration key has no sessions');
      const sessions = await listSessions(db, orgId, personId);
      return c.json({ sessions: sessions.map((s) => ({ ...s, current: s.id === current })) });
    })
    .delete('/auth/sessions/:id', async (c) => {
      const { orgId, personId } = c.get('principal');
      const id = idParam(c.req.param('id'), 'session');
      if (!personId || (await revokeSessions(db, { orgId, personId, sessionId: id }, 'signed out', clock())) === 0)
        throw notFound(`no live session ${id} of yours to revoke`);
      return c.json({ id, revoked: true });
    })
    .get('/admin/people/:personId/sessions', async (c) => {
      const principal = c.get('principal');
      peopleAdmin(principal);
      return c.json({ sessions: await listSessions(db, principal.orgId, idParam(c.req.param('personId'), 'person')) });
    })
    .delete('/admin/people/:personId/sessions', async (c) => {
      const principal = c.get('principal');
      peopleAdmin(principal);
      const personId = idParam(c.req.param('personId'), 'person');
      const revoked = await revokeSessions(db, { orgId: principal.orgId, personId }, 'revoked by an admin', clock());
      return c.json({ personId, revoked });
    });
}
