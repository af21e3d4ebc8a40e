/**
 * Sessions: refreshing (unauthenticated: the refresh token is the credential), a person
 * listing and revoking their own, and people admins revoking a person's. Revocation takes
 * effect on the next request: the access-token resolver reads the session every time.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { Id } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import { actingPerson } from '../auth/principal';
import { SESSION_PREFIXES, listSessions, refreshSession, revokeSessions } from '../auth/sessions/sessions';
import type { Database } from '../db/database';
import { HttpError, notFound } from '../http/api-error';
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

/** GET/DELETE /auth/sessions and POST /auth/sign-out (one's own), and /admin/people/:personId/sessions (people admins). */
export function sessionRoutes({ db }: Database, clock: () => Date) {
  /** Another org's person is as unknown as one that never existed. */
  const personOfOrg = async (raw: string, orgId: string) => {
    const id = idParam(raw, 'person');
    const found = await db.selectFrom('persons').select('id').where('orgId', '=', orgId).where('id', '=', id).executeTakeFirst();
    if (!found) throw notFound(`no person ${id} in this org`);
    return id;
  };
  return new Hono<AuthEnv>()
    .get('/auth/sessions', async (c) => {
      const { orgId, personId } = actingPerson(c.get('principal'));
      const current = c.get('principal').sessionId;
      const sessions = await listSessions(db, orgId, personId);
      return c.json({ sessions: sessions.map((s) => ({ ...s, current: s.id === current })) });
    })
    .post('/auth/sign-out', async (c) => {
      const { orgId, personId } = actingPerson(c.get('principal'));
      const sessionId = c.get('principal').sessionId;
      if (!sessionId) throw new HttpError(409, 'not_a_session', 'sign-out ends the sign-in session that makes the request; revoke a token with DELETE /v1/auth/tokens/:id');
      await revokeSessions(db, { orgId, personId, sessionId }, 'signed out', clock());
      return c.json({ id: sessionId, revoked: true });
    })
    .delete('/auth/sessions/:id', async (c) => {
      const { orgId, personId } = actingPerson(c.get('principal'));
      const id = idParam(c.req.param('id'), 'session');
      if ((await revokeSessions(db, { orgId, personId, sessionId: id }, 'signed out', clock())) === 0) throw notFound(`no live session ${id} of yours to revoke`);
      return c.json({ id, revoked: true });
    })
    .get('/admin/people/:personId/sessions', async (c) => {
      const principal = c.get('principal');
      return c.json({ sessions: await listSessions(db, principal.orgId, await personOfOrg(c.req.param('personId'), principal.orgId)) });
    })
    .delete('/admin/people/:personId/sessions', async (c) => {
      const principal = c.get('principal');
      const personId = await personOfOrg(c.req.param('personId'), principal.orgId);
      const revoked = await revokeSessions(db, { orgId: principal.orgId, personId }, 'revoked by an admin', clock());
      return c.json({ personId, revoked });
    });
}
