import { expect, it } from 'vitest';
import { call } from '../../test/helpers/http';
import { createOrgFixture, type OrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('people import grants', (ctx) => {
  const personRow = async (org: OrgFixture, who: PersonName) =>
    ctx.database.db.selectFrom('persons').select(['id', 'name', 'email', 'role', 'managerId', 'teamId', 'active']).where('orgId', '=', org.orgId).where('id', '=', org.ids[who]).executeTakeFirstOrThrow();
  const importAs = (app: ReturnType<typeof createApp>, org: OrgFixture, who: PersonName, persons: unknown[]) =>
    call(app, 'POST', '/v1/admin/people', { token: org.tokens[who], json: { persons } });

  it('let nobody grant a role above their own, nor change an admin unless they are one', async () => {
    const org = await createOrgFixture(ctx.database, 'grants');
    const app = createApp({ database: ctx.database });
    const hr = await personRow(org, 'hr');
    const admin = await personRow(org, 'admin');
    const alice = await personRow(org, 'alice');

    const selfPromotion = await importAs(app, org, 'hr', [{ ...hr, role: 'admin' }]);
    expect(selfPromotion.status).toBe(403);
    expect(selfPromotion.body.error.issues).toEqual([{ path: 'persons.0.role', message: expect.stringMatching(/only an admin/) }]);
    const promoteOther = await importAs(app, org, 'hr', [{ ...alice, role: 'admin' }]);
    expect(promoteOther.status).toBe(403);
    const deactivateAdmin = await importAs(app, org, 'hr', [{ ...admin, active: false }]);
    expect(deactivateAdmin.status).toBe(403);
    expect(deactivateAdmin.body.error.issues[0].path).toBe('persons.0');
    expect((await personRow(org, 'hr')).role).toBe('people_admin');
    expect((await personRow(org, 'admin')).active).toBe(true);

    // At or below their own role is theirs to grant.
    expect((await importAs(app, org, 'hr', [{ ...alice, role: 'people_admin' }])).status).toBe(200);
    expect((await importAs(app, org, 'admin', [{ ...alice, role: 'admin' }])).status).toBe(200);
  });

  it('never leave an org without an active admin', async () => {
    const org = await createOrgFixture(ctx.database, 'lastadmin');
    const app = createApp({ database: ctx.database });
    const admin = await personRow(org, 'admin');
    for (const change of [{ role: 'member' }, { active: false }]) {
      const res = await importAs(app, org, 'admin', [{ ...admin, ...change }]);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.issues).toEqual([{ path: `persons.0.${Object.keys(change)[0]}`, message: expect.stringMatching(/last active admin/) }]);
    }
    expect(await personRow(org, 'admin')).toEqual(admin);

    // With a second admin the first may step down.
    const alice = await personRow(org, 'alice');
    expect((await importAs(app, org, 'admin', [{ ...alice, role: 'admin' }])).status).toBe(200);
    expect((await importAs(app, org, 'admin', [{ ...admin, role: 'member' }])).status).toBe(200);
  });
});
