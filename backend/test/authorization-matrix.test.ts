/**
 * The authorization matrix, generated from the route table: every /v1 route the app mounts has
 * an entry (and every entry a handler), and every entry answers each kind of caller as its
 * access rule says: every role, sessions, scoped tokens, integration keys and embed tokens
 * reach exactly what the rule lists; no token, an expired, a revoked or an unknown one get a
 * 401; another org's admin never reaches this org's resources through a path parameter.
 */
import { expect, it } from 'vitest';
import type { Role } from '@sightline/sdk/model';
import { z } from 'zod';
import type { Access, PrincipalKind } from '../src/api/access';
import { ROUTES } from '../src/api/route-table';
import { createApp } from '../src/app';
import { SCIM_ERROR_SCHEMA } from '../src/scim/scim-error';
import type { Scope } from '../src/auth/scopes';
import { openSession } from '../src/auth/sessions/sessions';
import { issueToken, revokeToken } from '../src/auth/tokens';
import { call } from './helpers/http';
import { sharedSecretKey, signEmbed, viewerClaims } from './helpers/embed-keys';
import { createOrgFixture } from './helpers/org-fixture';
import { callRoute } from './helpers/route-request';
import { describeStorage } from './helpers/storage';

interface Caller {
  label: string;
  token: string;
  kind: PrincipalKind;
  role: Role;
  scopes?: Scope[];
  /** A fresh credential before each route: POST /v1/auth/sign-out ends the session it is called with. */
  renew?: () => Promise<string>;
}

const reaches = (access: Access, caller: Caller): boolean =>
  'public' in access ||
  (access.kinds.includes(caller.kind) && access.roles.includes(caller.role) && (!caller.scopes || access.scopes.some((s) => caller.scopes!.includes(s))));

/** An answer's error code; SCIM routes answer in SCIM's error shape, whose status stands for it. */
const errorCode = (body: { error?: { code?: string }; schemas?: string[]; status?: string }) =>
  body.error?.code ?? (body.schemas?.includes(SCIM_ERROR_SCHEMA) ? ({ '401': 'unauthorized', '403': 'forbidden' } as Record<string, string>)[body.status!] : undefined);

const guarded = ROUTES.filter((r) => !('public' in r.access));
const label = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

describeStorage('authorization matrix', (ctx) => {
  async function setUp() {
    const a = await createOrgFixture(ctx.database, 'matrix-a');
    const b = await createOrgFixture(ctx.database, 'matrix-b');
    const app = createApp({ database: ctx.database, devSignIn: true, sso: { publicUrl: 'http://127.0.0.1:1' }, limits: { workPerMinute: 1e6, signInsPerMinute: 1e6 } });
    const token = async (kind: 'person' | 'integration', who: 'alice' | 'admin', scopes?: Scope[], expiresAt?: string) =>
      issueToken(ctx.database.db, { orgId: a.orgId, personId: a.ids[who], kind, scopes, expiresAt });
    const embedKey = sharedSecretKey('matrix');
    expect((await call(app, 'POST', '/v1/admin/embed-keys', { token: a.tokens.admin, json: embedKey.registration })).status).toBe(201);
    const embed = (who: 'alice' | 'admin') => signEmbed(embedKey, viewerClaims(a.slug, `${who}@${a.slug}.test`));
    const openAlicesSession = () => openSession(ctx.database.db, { orgId: a.orgId, personId: a.ids.alice, client: 'extension' }, new Date());
    const session = await openAlicesSession();
    const callers: Caller[] = [
      { label: 'admin', token: a.tokens.admin, kind: 'person', role: 'admin' },
      { label: 'people admin', token: a.tokens.hr, kind: 'person', role: 'people_admin' },
      { label: 'manager', token: a.tokens.manager, kind: 'person', role: 'manager' },
      { label: 'member', token: a.tokens.alice, kind: 'person', role: 'member' },
      { label: 'member session', token: session.accessToken, kind: 'person', role: 'member', renew: async () => (await openAlicesSession()).accessToken },
      ...(['read', 'sync', 'metrics:write'] as const).map((s): Caller => ({ label: `member token scoped ${s}`, kind: 'person', role: 'member', scopes: [s], token: '' })),
      { label: 'admin token scoped read', kind: 'person', role: 'admin', scopes: ['read'], token: (await token('person', 'admin', ['read'])).token },
      { label: 'unscoped integration key', token: a.integrationKey, kind: 'integration', role: 'member' },
      { label: 'metrics integration key', kind: 'integration', role: 'member', scopes: ['metrics:write'], token: (await token('integration', 'admin', ['metrics:write'])).token },
      { label: 'people import key', kind: 'integration', role: 'people_admin', scopes: ['people:import'], token: (await token('integration', 'admin', ['people:import'])).token },
      { label: 'member embed token', token: await embed('alice'), kind: 'embed', role: 'member' },
      { label: 'admin embed token', token: await embed('admin'), kind: 'embed', role: 'admin' },
    ];
    for (const caller of callers) if (!caller.token) caller.token = (await token('person', 'alice', caller.scopes)).token;
    return { a, b, app, callers, session, embedKey, token };
  }

  it('has an entry for every /v1 route the app mounts, and a mounted handler for every entry', async () => {
    const { app } = await setUp();
    const mounted = new Set(app.routes.filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL').map(label));
    const table = ROUTES.map(label);
    expect(new Set(table).size, 'each entry once').toBe(table.length);
    expect([...mounted].filter((r) => !table.includes(r)), 'mounted without an entry in api/route-table.ts').toEqual([]);
    expect(table.filter((r) => !mounted.has(r)), 'entries without a handler').toEqual([]);
  });

  it('lets each caller reach exactly the routes whose rule lists its kind, role and scope', async () => {
    const { app, callers } = await setUp();
    const seen = { reached: 0, refused: 0 };
    for (const route of guarded) {
      for (const caller of callers) if (caller.renew) caller.token = await caller.renew();
      for (const caller of callers) {
        // An empty object: allowed callers get past the rule into validation, and write nothing.
        const res = await callRoute(app, route, { token: caller.token, params: route.example?.params, body: route.request?.body ? '{}' : undefined });
        const where = `${label(route)} as ${caller.label}: ${res.text.slice(0, 300)}`;
        if (reaches(route.access, caller)) {
          seen.reached++;
          expect([401, 403], where).not.toContain(res.status);
          expect(res.status, where).toBeLessThan(500);
          const schema = route.responses[res.status as 200]?.schema;
          if (schema) expect(z.safeParse(schema, res.body).error, where).toBeUndefined();
        } else {
          seen.refused++;
          expect(res.status, where).toBe(403);
          expect(errorCode(res.body), where).toBe('forbidden');
        }
      }
    }
    // The matrix is not vacuous either way.
    expect(seen.reached).toBeGreaterThan(guarded.length);
    expect(seen.refused).toBeGreaterThan(guarded.length);
  });

  it('answers 401 to no token, an unknown, an expired and a revoked token, and an expired session, on every guarded route', async () => {
    const { a, app, token } = await setUp();
    const expired = await token('person', 'admin', undefined, new Date(Date.now() - 1000).toISOString());
    const revoked = await token('person', 'admin');
    await revokeToken(ctx.database.db, a.orgId, revoked.id, () => true);
    const oldSession = await openSession(ctx.database.db, { orgId: a.orgId, personId: a.ids.admin, client: 'console' }, new Date(Date.now() - 24 * 3600 * 1000));
    const invalid = { none: undefined, unknown: `slp_${'x'.repeat(43)}`, expired: expired.token, revoked: revoked.token, 'expired session': oldSession.accessToken };
    for (const route of guarded) {
      for (const [what, bearer] of Object.entries(invalid)) {
        const res = await callRoute(app, route, { token: bearer, params: route.example?.params, body: route.request?.body ? '{}' : undefined });
        expect(res.status, `${label(route)} with ${what} token`).toBe(401);
        expect(errorCode(res.body), `${label(route)} with ${what} token`).toBe('unauthorized');
      }
    }
  });

  it("keeps another org's admin away from this org's resources on every route", async () => {
    const { a, b, app, session, embedKey } = await setUp();
    const aliceToken = (await ctx.database.db.selectFrom('apiTokens').select('id').where('orgId', '=', a.orgId).where('personId', '=', a.ids.alice).executeTakeFirstOrThrow()).id;
    const ownedByA: Record<string, string> = { id: aliceToken, personId: a.ids.alice, kid: embedKey.kid };
    const aIds = [a.orgId, ...Object.values(a.ids), aliceToken, session.sessionId];
    for (const route of guarded) {
      // Session ids and token ids share :id; try both of org A's.
      for (const id of route.path.includes(':id') ? [aliceToken, session.sessionId] : [undefined]) {
        const params = { ...ownedByA, ...(id && { id }) };
        const res = await callRoute(app, route, { token: b.tokens.admin, params, body: route.request?.body ? '{}' : undefined });
        const where = `${label(route)} as org B's admin: ${res.text.slice(0, 300)}`;
        if (route.path.includes('/:')) expect(res.status, where).toBeGreaterThanOrEqual(400);
        // An id it sent may be echoed in the refusal; nothing else of org A may show.
        const sent = Object.values(params);
        expect(aIds.filter((x) => !sent.includes(x) && res.text.includes(x)), where).toEqual([]);
      }
    }
    // Org A's things are all still there.
    expect((await call(app, 'GET', '/v1/me', { token: a.tokens.alice })).status).toBe(200);
    expect((await call(app, 'GET', '/v1/me', { token: session.accessToken })).status).toBe(200);
    expect((await call(app, 'GET', '/v1/admin/embed-keys', { token: a.tokens.admin })).body.keys).toHaveLength(1);
  });
});
