import { expect, it } from 'vitest';
import { openSession, SESSION_LIFETIMES } from '../auth/sessions/sessions';
import { call } from '../../test/helpers/http';
import { createOrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('sessions', (ctx) => {
  async function setUp() {
    const org = await createOrgFixture(ctx.database, 'sessions');
    let now = new Date();
    const app = createApp({ database: ctx.database, clock: () => now });
    const open = (who: PersonName) => openSession(ctx.database.db, { orgId: org.orgId, personId: org.ids[who], client: 'console' }, now);
    const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
    return { org, app, open, advance };
  }
  const me = (app: ReturnType<typeof createApp>, token: string) => call(app, 'GET', '/v1/me', { token });
  const refresh = (app: ReturnType<typeof createApp>, refreshToken: string) => call(app, 'POST', '/v1/auth/session/refresh', { json: { refreshToken } });

  it('act as the person with an access token, and list the sessions with the current one marked', async () => {
    const { org, app, open } = await setUp();
    const first = await open('alice');
    const second = await open('alice');
    expect((await me(app, first.accessToken)).body.principal).toEqual({ kind: 'person', role: 'member', orgId: org.orgId, personId: org.ids.alice });
    const listed = await call(app, 'GET', '/v1/auth/sessions', { token: second.accessToken });
    expect(listed.body.sessions.map((s: { id: string; current: boolean }) => [s.id, s.current])).toEqual([
      [second.sessionId, true],
      [first.sessionId, false],
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(/sl[ar]_/);
    // A refresh token is not an access token.
    expect((await me(app, first.refreshToken)).status).toBe(401);
  });

  it('sign out the session that asks: its access and refresh tokens stop at once, other sessions go on', async () => {
    const { org, app, open } = await setUp();
    const leaving = await open('alice');
    const staying = await open('alice');
    const res = await call(app, 'POST', '/v1/auth/sign-out', { token: leaving.accessToken });
    expect(res.body).toEqual({ id: leaving.sessionId, revoked: true });
    expect((await me(app, leaving.accessToken)).status).toBe(401);
    expect((await refresh(app, leaving.refreshToken)).status).toBe(401);
    expect((await me(app, staying.accessToken)).status).toBe(200);
    // A token is no session: it is revoked by its id instead.
    const byToken = await call(app, 'POST', '/v1/auth/sign-out', { token: org.tokens.alice });
    expect([byToken.status, byToken.body.error.code]).toEqual([409, 'not_a_session']);
  });

  it('rotate on refresh: the new pair works, the old access token stops at once', async () => {
    const { app, open } = await setUp();
    const session = await open('bob');
    const rotated = await refresh(app, session.refreshToken);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ sessionId: session.sessionId, tokenType: 'Bearer', expiresIn: SESSION_LIFETIMES.accessSeconds });
    expect(rotated.body.refreshToken).not.toBe(session.refreshToken);
    expect((await me(app, rotated.body.accessToken)).status).toBe(200);
    expect((await me(app, session.accessToken)).status).toBe(401);
    expect((await refresh(app, rotated.body.refreshToken)).status).toBe(200);
  });

  it('revoke the whole family when a rotated refresh token comes back', async () => {
    const { app, open } = await setUp();
    const stolen = await open('alice');
    const owner = await refresh(app, stolen.refreshToken);
    const replay = await refresh(app, stolen.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.issues).toEqual([{ path: 'refreshToken', message: expect.stringMatching(/already used.*revoked/) }]);
    expect((await me(app, owner.body.accessToken)).status).toBe(401);
    expect((await refresh(app, owner.body.refreshToken)).status).toBe(401);
    const listed = await call(app, 'GET', '/v1/auth/sessions', { token: (await open('alice')).accessToken });
    expect(listed.body.sessions.find((s: { id: string }) => s.id === stolen.sessionId)).toMatchObject({ revokedReason: expect.stringMatching(/used again/) });
  });

  it('expire access tokens after their lifetime, and sessions after theirs however often refreshed', async () => {
    const { app, open, advance } = await setUp();
    const session = await open('alice');
    advance(SESSION_LIFETIMES.accessSeconds + 1);
    expect((await me(app, session.accessToken)).status).toBe(401);
    let { refreshToken } = session;
    for (let elapsed = SESSION_LIFETIMES.accessSeconds; elapsed < SESSION_LIFETIMES.maxSeconds; elapsed += SESSION_LIFETIMES.idleSeconds - 60) {
      const rotated = await refresh(app, refreshToken);
      expect(rotated.status).toBe(200);
      refreshToken = rotated.body.refreshToken;
      advance(SESSION_LIFETIMES.idleSeconds - 60);
    }
    expect((await refresh(app, refreshToken)).status).toBe(401);
  });

  it('end access at once when the person revokes a session, and let nobody else revoke it', async () => {
    const { app, open } = await setUp();
    const laptop = await open('alice');
    const phone = await open('alice');
    const bobs = await open('bob');
    expect((await call(app, 'DELETE', `/v1/auth/sessions/${laptop.sessionId}`, { token: bobs.accessToken })).status).toBe(404);
    expect((await call(app, 'DELETE', `/v1/auth/sessions/${laptop.sessionId}`, { token: phone.accessToken })).body).toEqual({ id: laptop.sessionId, revoked: true });
    expect((await me(app, laptop.accessToken)).status).toBe(401);
    expect((await refresh(app, laptop.refreshToken)).status).toBe(401);
    expect((await me(app, phone.accessToken)).status).toBe(200);
    expect((await call(app, 'DELETE', '/v1/auth/sessions/not-an-id', { token: phone.accessToken })).status).toBe(404);
  });

  it("let people admins list and revoke a person's sessions, and nobody else", async () => {
    const { org, app, open } = await setUp();
    const alices = await open('alice');
    const path = `/v1/admin/people/${org.ids.alice}/sessions`;
    expect((await call(app, 'DELETE', path, { token: org.tokens.manager })).status).toBe(403);
    expect((await call(app, 'GET', path, { token: org.tokens.hr })).body.sessions).toHaveLength(1);
    expect((await call(app, 'DELETE', path, { token: org.tokens.hr })).body).toEqual({ personId: org.ids.alice, revoked: 1 });
    expect((await me(app, alices.accessToken)).status).toBe(401);
  });

  it('refuse access and refresh for a deactivated person', async () => {
    const { org, app, open } = await setUp();
    const daves = await open('dave');
    await ctx.database.db.updateTable('persons').set({ active: false }).where('orgId', '=', org.orgId).where('id', '=', org.ids.dave).execute();
    expect((await me(app, daves.accessToken)).status).toBe(401);
    expect((await refresh(app, daves.refreshToken)).status).toBe(401);
  });

  it('answer a malformed refresh request with a 422 naming the field', async () => {
    const { app } = await setUp();
    for (const refreshToken of ['slr_\u0000', 'nonsense', 42]) {
      const res = await call(app, 'POST', '/v1/auth/session/refresh', { json: { refreshToken } });
      expect(res.status, String(refreshToken)).toBe(422);
      expect(res.body.error.issues[0].path).toBe('refreshToken');
    }
  });
});

