import { expect, it } from 'vitest';
import { openSession } from '../auth/sessions/sessions';
import { issueToken } from '../auth/tokens';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { readOrgCounters } from '../orgs/orgs';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

describeStorage('SCIM Users', (ctx) => {
  const scimKey = async (org: OrgFixture) => (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.admin, kind: 'integration', scopes: ['people:import'] })).token;
  const user = (org: OrgFixture, name: string, extra: Record<string, unknown> = {}) => ({
    schemas: [USER],
    userName: `${name}@${org.slug}.test`,
    externalId: `okta-${name}`,
    name: { givenName: name, familyName: 'Doe' },
    emails: [{ value: `${name}@${org.slug}.test`, primary: true }],
    active: true,
    ...extra,
  });

  it('creates idempotently by externalId, finds by filter, updates and replaces', async () => {
    const org = await createOrgFixture(ctx.database, 'scim');
    const app = createApp({ database: ctx.database });
    const token = await scimKey(org);
    const created = await call(app, 'POST', '/v1/scim/v2/Users', { token, json: user(org, 'gina', { title: 'Engineer' }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/application\/scim\+json/);
    expect(created.body).toMatchObject({ userName: `gina@${org.slug}.test`, externalId: 'okta-gina', displayName: 'gina Doe', title: 'Engineer', active: true, meta: { resourceType: 'User' } });
    const id = created.body.id;

    // The provider retries the create after a lost answer: the same person, not a second one.
    const again = await call(app, 'POST', '/v1/scim/v2/Users', { token, json: user(org, 'gina', { title: 'Lead' }) });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id, title: 'Lead' });
    expect(await ctx.database.db.selectFrom('persons').select('id').where('orgId', '=', org.orgId).where('email', '=', `gina@${org.slug}.test`).execute()).toHaveLength(1);

    for (const filter of [`userName eq "GINA@${org.slug}.test"`, 'externalId eq "okta-gina"', `userName eq "gina@${org.slug}.test" and externalId eq "okta-gina"`]) {
      const found = await call(app, 'GET', `/v1/scim/v2/Users?filter=${encodeURIComponent(filter)}`, { token });
      expect(found.body, filter).toMatchObject({ totalResults: 1, Resources: [{ id }] });
    }
    expect((await call(app, 'GET', `/v1/scim/v2/Users?filter=${encodeURIComponent('externalId eq "nobody"')}`, { token })).body).toMatchObject({ totalResults: 0, Resources: [] });
    const all = await call(app, 'GET', '/v1/scim/v2/Users?startIndex=2&count=3', { token });
    expect(all.body).toMatchObject({ totalResults: 10, startIndex: 2, itemsPerPage: 3 });

    // An existing person (not yet provisioned) is adopted by userName rather than duplicated.
    const adopted = await call(app, 'POST', '/v1/scim/v2/Users', { token, json: user(org, 'alice', { displayName: 'Alice Liddell' }) });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({ id: org.ids.alice, externalId: 'okta-alice', displayName: 'Alice Liddell' });
    const manager = await call(app, 'PATCH', `/v1/scim/v2/Users/${id}`, {
      token,
      json: { schemas: [PATCH], Operations: [{ op: 'Add', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', value: { value: org.ids.alice } }] },
    });
    expect(manager.status, JSON.stringify(manager.body)).toBe(200);
    const stored = await ctx.database.db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ managerId: org.ids.alice, role: 'member', title: 'Lead' });

    const replaced = await call(app, 'PUT', `/v1/scim/v2/Users/${id}`, { token, json: user(org, 'gina', { displayName: 'Gina D.' }) });
    expect(replaced.body).toMatchObject({ id, displayName: 'Gina D.' });
    expect(replaced.body.title).toBeUndefined();
  });

  it('deactivates at once through PATCH active=false and DELETE, keeping the person and their history', async () => {
    const org = await createOrgFixture(ctx.database, 'scimoff');
    const app = createApp({ database: ctx.database });
    const token = await scimKey(org);
    const session = await openSession(ctx.database.db, { orgId: org.orgId, personId: org.ids.bob, client: 'console' }, new Date());
    expect((await call(app, 'GET', '/v1/me', { token: session.accessToken })).status).toBe(200);

    // Azure sends the value as a string and without a path.
    const off = await call(app, 'PATCH', `/v1/scim/v2/Users/${org.ids.bob}`, { token, json: { schemas: [PATCH], Operations: [{ op: 'Replace', value: { active: 'False' } }] } });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.bob })).status).toBe(401);
    expect((await call(app, 'GET', '/v1/me', { token: session.accessToken })).status).toBe(401);
    const on = await call(app, 'PATCH', `/v1/scim/v2/Users/${org.ids.bob}`, { token, json: { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: true }] } });
    expect(on.body.active).toBe(true);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.bob })).status).toBe(200);

    expect((await call(app, 'DELETE', `/v1/scim/v2/Users/${org.ids.dave}`, { token })).status).toBe(204);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.dave })).status).toBe(401);
    expect((await call(app, 'GET', `/v1/scim/v2/Users/${org.ids.dave}`, { token })).status).toBe(404);
    expect((await call(app, 'DELETE', `/v1/scim/v2/Users/${org.ids.dave}`, { token })).status).toBe(404);
    const dave = await ctx.database.db.selectFrom('persons').select(['name', 'active', 'deletedAt']).where('id', '=', org.ids.dave).executeTakeFirstOrThrow();
    expect(dave).toEqual({ name: 'dave', active: false, deletedAt: null });
    // Re-provisioning the same person revives them.
    const back = await call(app, 'POST', '/v1/scim/v2/Users', { token, json: user(org, 'dave') });
    expect(back.body).toMatchObject({ id: org.ids.dave, active: true });
  });

  it('answers bad input, NUL included, with a SCIM error naming the attribute, and writes nothing', async () => {
    const org = await createOrgFixture(ctx.database, 'scimbad');
    const app = createApp({ database: ctx.database });
    const token = await scimKey(org);
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    const cases: Array<[string, string, string, unknown, number, string, RegExp]> = [
      ['NUL in displayName', 'POST', '/v1/scim/v2/Users', user(org, 'nul', { displayName: 'Nu\u0000l' }), 400, 'invalidValue', /displayName: .*NUL/],
      ['a lone surrogate', 'POST', '/v1/scim/v2/Users', user(org, 'sur', { title: '\uD800' }), 400, 'invalidValue', /title: .*surrogate/],
      ['no userName', 'POST', '/v1/scim/v2/Users', { schemas: [USER] }, 400, 'invalidValue', /userName/],
      ['a userName that is no email', 'POST', '/v1/scim/v2/Users', { userName: 'jdoe' }, 400, 'invalidValue', /userName: must be an email/],
      ['an unknown manager', 'POST', '/v1/scim/v2/Users', user(org, 'm', { 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { manager: { value: org.orgId } } }), 400, 'invalidValue', /manager: no person/],
      ['an admin deactivated by the key', 'PATCH', `/v1/scim/v2/Users/${org.ids.admin}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] }, 403, 'mutability', /only an admin/],
      ['an unsupported filter', 'GET', `/v1/scim/v2/Users?filter=${encodeURIComponent('title co "x"')}`, undefined, 400, 'invalidFilter', /filter: only/],
      ['a broken filter', 'GET', `/v1/scim/v2/Users?filter=${encodeURIComponent('userName eq')}`, undefined, 400, 'invalidFilter', /filter/],
      ['a bad startIndex', 'GET', '/v1/scim/v2/Users?startIndex=0', undefined, 400, 'invalidValue', /startIndex/],
      ['a patch without the PatchOp schema', 'PATCH', `/v1/scim/v2/Users/${org.ids.bob}`, { Operations: [{ op: 'replace', path: 'active', value: false }] }, 400, 'invalidValue', /schemas/],
      ['a patch of an unknown op', 'PATCH', `/v1/scim/v2/Users/${org.ids.bob}`, { schemas: [PATCH], Operations: [{ op: 'move', path: 'active' }] }, 400, 'invalidValue', /Operations\.0\.op/],
      ['malformed JSON', 'POST', '/v1/scim/v2/Users', '{', 400, 'invalidSyntax', /not valid JSON/],
    ];
    for (const [label, method, path, body, status, scimType, detail] of cases) {
      const res = await call(app, method, path, { token, ...(typeof body === 'string' ? { raw: body } : body !== undefined && { json: body }) });
      expect(res.status, label).toBe(status);
      expect(res.body, label).toMatchObject({ schemas: [ERROR], status: String(status), scimType });
      expect(res.body.detail, label).toMatch(detail);
    }
    expect((await call(app, 'GET', '/v1/scim/v2/Users/not-a-uuid', { token })).body).toMatchObject({ schemas: [ERROR], status: '404' });
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
  });

  it('lets only people:import keys and people admins in, each to their own org', async () => {
    const org = await createOrgFixture(ctx.database, 'scimauth');
    const other = await createOrgFixture(ctx.database, 'scimother');
    const app = createApp({ database: ctx.database });
    const metricsKey = (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.admin, kind: 'integration', scopes: ['metrics:write'] })).token;
    const unauthenticated = await call(app, 'GET', '/v1/scim/v2/Users');
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.body).toMatchObject({ schemas: [ERROR], status: '401' });
    for (const token of [org.tokens.alice, org.tokens.manager, org.integrationKey, metricsKey]) {
      const res = await call(app, 'GET', '/v1/scim/v2/Users', { token });
      expect(res.status).toBe(403);
      expect(res.body.schemas).toEqual([ERROR]);
    }
    expect((await call(app, 'GET', '/v1/scim/v2/Users', { token: org.tokens.hr })).status).toBe(200);
    const otherKey = await scimKey(other);
    expect((await call(app, 'GET', `/v1/scim/v2/Users/${org.ids.alice}`, { token: otherKey })).status).toBe(404);
    expect((await call(app, 'PATCH', `/v1/scim/v2/Users/${org.ids.alice}`, { token: otherKey, json: { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] } })).status).toBe(404);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.alice })).status).toBe(200);
    expect((await call(app, 'GET', '/v1/scim/v2/ServiceProviderConfig', { token: otherKey })).body.patch).toEqual({ supported: true });
  });
});
