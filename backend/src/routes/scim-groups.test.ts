import { expect, it } from 'vitest';
import { issueToken } from '../auth/tokens';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { readOrgCounters } from '../orgs/orgs';

const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describeStorage('SCIM Groups', (ctx) => {
  const scimKey = async (org: OrgFixture) => (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.admin, kind: 'integration', scopes: ['people:import'] })).token;
  const teamOf = async (personId: string) => (await ctx.database.db.selectFrom('persons').select('teamId').where('id', '=', personId).executeTakeFirstOrThrow()).teamId;

  it('creates a team from a group, moves members in and out, and empties it on DELETE', async () => {
    const org = await createOrgFixture(ctx.database, 'groups');
    const app = createApp({ database: ctx.database });
    const token = await scimKey(org);
    const json = { schemas: [GROUP], displayName: 'Research', externalId: 'grp-research', members: [{ value: org.ids.alice }, { value: org.ids.dave }] };
    const created = await call(app, 'POST', '/v1/scim/v2/Groups', { token, json });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    expect(created.body.members.map((m: { value: string }) => m.value).sort()).toEqual([org.ids.alice, org.ids.dave].sort());
    expect(await teamOf(org.ids.alice)).toBe(id);
    expect((await call(app, 'POST', '/v1/scim/v2/Groups', { token, json })).body.id).toBe(id);
    expect((await call(app, 'GET', `/v1/scim/v2/Groups?filter=${encodeURIComponent('displayName eq "Research"')}`, { token })).body).toMatchObject({ totalResults: 1, Resources: [{ id, externalId: 'grp-research' }] });

    const patched = await call(app, 'PATCH', `/v1/scim/v2/Groups/${id}`, {
      token,
      json: { schemas: [PATCH], Operations: [{ op: 'Remove', path: `members[value eq "${org.ids.alice}"]` }, { op: 'Add', path: 'members', value: [{ value: org.ids.bob }] }, { op: 'replace', path: 'displayName', value: 'R&D' }] },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.displayName).toBe('R&D');
    expect([await teamOf(org.ids.alice), await teamOf(org.ids.bob), await teamOf(org.ids.dave)]).toEqual([null, id, id]);

    // Adopting an existing team by name keeps its id and lead.
    const support = await call(app, 'POST', '/v1/scim/v2/Groups', { token, json: { schemas: [GROUP], displayName: 'Support', externalId: 'grp-support' } });
    expect(support.body.id).toBe(org.teams.support);

    expect((await call(app, 'DELETE', `/v1/scim/v2/Groups/${id}`, { token })).status).toBe(204);
    expect((await call(app, 'GET', `/v1/scim/v2/Groups/${id}`, { token })).status).toBe(404);
    expect([await teamOf(org.ids.bob), await teamOf(org.ids.dave)]).toEqual([null, null]);
    expect(await ctx.database.db.selectFrom('teams').select('name').where('id', '=', id).executeTakeFirst()).toEqual({ name: 'R&D' });
  });

  it('refuses unknown members and NUL with a SCIM error, writing nothing', async () => {
    const org = await createOrgFixture(ctx.database, 'groupsbad');
    const app = createApp({ database: ctx.database });
    const token = await scimKey(org);
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    const unknown = await call(app, 'POST', '/v1/scim/v2/Groups', { token, json: { displayName: 'X', members: [{ value: org.ids.alice }, { value: org.orgId }] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toBe(`members.1.value: no User ${org.orgId}`);
    const nul = await call(app, 'POST', '/v1/scim/v2/Groups', { token, json: { displayName: 'X\u0000' } });
    expect(nul.status).toBe(400);
    expect(nul.body.detail).toMatch(/displayName: must not contain the NUL/);
    const member = await call(app, 'POST', '/v1/scim/v2/Groups', { token: org.tokens.alice, json: { displayName: 'X' } });
    expect(member.status).toBe(403);
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect(await teamOf(org.ids.alice)).toBe(org.teams.support);
  });
});
