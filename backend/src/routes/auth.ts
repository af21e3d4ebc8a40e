/**
 * Tokens: dev sign-in (demo only: an email is enough), and a person creating, listing or
 * revoking their own tokens, each scoped and expiring. Integration keys (`slk_`) are minted by
 * admins, act for no person, and are scoped to metric ingest or people import.
 */
import { Hono } from 'hono';
import { recordAudit } from '../audit/audit-log';
import { z } from 'zod';
import { Id } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import { actingPerson, isAdminLike } from '../auth/principal';
import { INTEGRATION_KEY_SCOPES, SCOPES, type Scope } from '../auth/scopes';
import { issueToken, listTokens, revokeToken, type TokenKind } from '../auth/tokens';
import type { Database } from '../db/database';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { HttpError, forbidden, notFound } from '../http/api-error';
import { readJson } from '../http/json-body';

export const DevSignIn = z.strictObject({
  email: z.email({ message: 'must be an email address' }).transform((e) => e.toLowerCase()),
  /** Needed only when the email belongs to people in more than one org. */
  orgSlug: z.string().max(63).optional(),
});

/** Longest a token may live; a forgotten token stops working by itself. */
export const TOKEN_MAX_LIFETIME_DAYS = 365;
const DEFAULT_SCOPES = { person: ['read', 'sync'], integration: ['metrics:write'] } satisfies Record<TokenKind, Scope[]>;

export const NewToken = z
  .strictObject({
    kind: z.enum(['person', 'integration']).default('person'),
    name: z.string().trim().max(100).regex(/^[^\u0000]*$/, { message: 'must not contain NUL characters' }).nullable().default(null),
    scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length).optional(),
    expiresInDays: z.int().min(1).max(TOKEN_MAX_LIFETIME_DAYS).default(90),
  })
  .superRefine(({ kind, scopes }, ctx) => {
    const allowed: readonly Scope[] = kind === 'integration' ? INTEGRATION_KEY_SCOPES : SCOPES;
    scopes?.forEach((scope, i) => {
      if (!allowed.includes(scope)) ctx.addIssue({ code: 'custom', path: ['scopes', i], message: `an ${kind} token may have only ${allowed.join(', ')}` });
    });
  });

/** POST /dev-signin: unauthenticated, so only mounted when the app is created with devSignIn. */
export function devSignInRoutes({ db }: Database) {
  return new Hono().post('/dev-signin', limitBody(BODY_LIMITS.default), async (c) => {
    const { email, orgSlug } = await readJson(c, DevSignIn);
    let query = db
      .selectFrom('persons as p')
      .innerJoin('orgs as o', 'o.id', 'p.orgId')
      .selectAll('p')
      .select(['o.slug as orgSlug', 'o.name as orgName'])
      .where('p.email', '=', email)
      .where('p.active', '=', true)
      .where('p.deletedAt', 'is', null);
    if (orgSlug) query = query.where('o.slug', '=', orgSlug);
    const matches = await query.limit(2).execute();
    if (matches.length === 0) throw notFound(`no active person with email ${email}`);
    if (matches.length > 1) throw new HttpError(409, 'ambiguous_email', `${email} is a person in several orgs; add orgSlug`);
    const { orgSlug: slug, orgName, deletedAt: _deleted, ...person } = matches[0]!;
    const issued = await issueToken(db, { orgId: person.orgId, personId: person.id, kind: 'person', name: 'dev sign-in' });
    await recordAudit(db, { orgId: person.orgId, actor: { personId: person.id }, action: 'sign_in', details: { method: 'dev', tokenId: issued.id } });
    return c.json({ token: issued.token, tokenId: issued.id, person, org: { id: person.orgId, name: orgName, slug } }, 201);
  });
}

export function tokenRoutes({ db }: Database) {
  return new Hono<AuthEnv>()
    .post('/tokens', limitBody(BODY_LIMITS.default), async (c) => {
      const principal = c.get('principal');
      const { orgId, personId } = actingPerson(principal);
      const { kind, name, scopes: asked, expiresInDays } = await readJson(c, NewToken);
      const scopes = asked ?? DEFAULT_SCOPES[kind];
      // Who may reach the route is the route table's; which kind of token is minted depends on the body.
      if (kind === 'integration' && !isAdminLike(principal.role)) throw forbidden('only people admins and admins may create integration keys');
      const expiresAt = new Date(Date.now() + expiresInDays * 24 * 3600 * 1000).toISOString();
      const issued = await issueToken(db, { orgId, personId, kind, name, scopes, expiresAt });
      await recordAudit(db, { orgId, actor: principal, action: 'token.created', target: { type: 'token', id: issued.id }, details: { kind, name, scopes, expiresAt } });
      return c.json(issued, 201);
    })
    .get('/tokens', async (c) => {
      const { orgId, personId } = actingPerson(c.get('principal'));
      return c.json({ tokens: await listTokens(db, orgId, personId) });
    })
    .delete('/tokens/:id', async (c) => {
      const principal = c.get('principal');
      const id = Id.safeParse(c.req.param('id'));
      const revoked =
        id.success &&
        (await revokeToken(db, principal.orgId, id.data, (t) =>
          t.kind === 'person' ? t.personId === principal.personId : principal.personId !== null && isAdminLike(principal.role),
        ));
      if (!revoked) throw notFound(`no token ${c.req.param('id')} of yours to revoke`);
      await recordAudit(db, { orgId: principal.orgId, actor: principal, action: 'token.revoked', target: { type: 'token', id: id.data } });
      return c.json({ id: id.data, revoked: true });
    });
}
