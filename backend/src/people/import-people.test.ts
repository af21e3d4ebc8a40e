import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { readOrgCounters } from '../orgs/orgs';

describeStorage('people import', (ctx) => {
  const person = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, email: `${name}-${id.slice(-6)}@example.com`, ...extra });

  it('is for people admins and admins only', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const json = { persons: [person(uuidv7(), 'erin')] };
    expect((await call(app, 'POST', '/v1/admin/people', { token: org.tokens.manager, json })).status).toBe(403);
    expect((await call(app, 'POST', '/v1/admin/people', { token: org.integrationKey, json })).status).toBe(403);
    const res = await call(app, 'POST', '/v1/admin/people', { token: org.tokens.hr, json });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ persons: { created: 1, updated: 0, unchanged: 0 }, aclChanged: false });
  });

  it('names every bad reference, duplicate and loop, and writes nothing', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const [a, b, ghost] = [uuidv7(), uuidv7(), uuidv7()];
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    const res = await call(app, 'POST', '/v1/admin/people', {
      token: org.tokens.admin,
      json: {
        persons: [
          person(a, 'a', { managerId: b }),
          person(b, 'b', { managerId: a }),
          person(uuidv7(), 'c', { teamId: ghost }),
          { ...person(uuidv7(), 'd'), email: `alice@${org.slug}.test` },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toEqual([
      { path: 'persons.0.managerId', message: `the manager chain loops: ${a} -> ${b} -> ${a}` },
      { path: 'persons.1.managerId', message: `the manager chain loops: ${b} -> ${a} -> ${b}` },
      { path: 'persons.2.teamId', message: `no team ${ghost} in this org or this import` },
      { path: 'persons.3.email', message: `is already used by person ${org.ids.alice}` },
    ]);
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    const schema = await call(app, 'POST', '/v1/admin/people', { token: org.tokens.admin, json: { persons: [{ id: 'x', name: '' }] } });
    expect(schema.status).toBe(422);
    expect(schema.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['persons.0.id', 'persons.0.name', 'persons.0.email']);
  });

  it('counts the views a team move changes (the person and their manager chain), and leaves unchanged people unstamped', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const current = await ctx.database.db.selectFrom('persons').selectAll().where('orgId', '=', org.orgId).where('id', '=', org.ids.bob).executeTakeFirstOrThrow();
    const { orgId: _o, version, updatedAt: _u, deletedAt: _d, ...bob } = current;
    const same = await call(app, 'POST', '/v1/admin/people', { token: org.tokens.admin, json: { persons: [bob] } });
    expect(same.body).toMatchObject({ persons: { unchanged: 1 }, aclChanged: false, viewsChanged: 0 });
    const renamed = await call(app, 'POST', '/v1/admin/people', { token: org.tokens.admin, json: { persons: [{ ...bob, name: 'Robert' }] } });
    expect(renamed.body).toMatchObject({ persons: { updated: 1 }, aclChanged: false, viewsChanged: 0 });
    const moved = await call(app, 'POST', '/v1/admin/people', { token: org.tokens.admin, json: { persons: [{ ...bob, name: 'Robert', teamId: org.teams.sales }] } });
    // Bob, and manager, director and vp above him.
    expect(moved.body).toMatchObject({ persons: { updated: 1 }, aclChanged: true, viewsChanged: 4 });
    const stamped = await ctx.database.db.selectFrom('persons').select('version').where('id', '=', org.ids.alice).executeTakeFirstOrThrow();
    expect(stamped.version).toBe(version);
  });

  it('deactivating a person ends their tokens', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const dave = await ctx.database.db.selectFrom('persons').select(['id', 'name', 'email', 'teamId']).where('id', '=', org.ids.dave).executeTakeFirstOrThrow();
    await call(app, 'POST', '/v1/admin/people', { token: org.tokens.admin, json: { persons: [{ ...dave, active: false }] } });
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.dave })).status).toBe(401);
  });
});
