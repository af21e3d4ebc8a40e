import { expect, it } from 'vitest';
import { issueToken } from '../auth/tokens';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { readOrgCounters } from '../orgs/orgs';

describeStorage('people CSV import', (ctx) => {
  const upload = (app: ReturnType<typeof createApp>, token: string, csv: string, query = '') =>
    call(app, 'POST', `/v1/admin/people/csv${query}`, { token, raw: csv, headers: { 'content-type': 'text/csv' } });
  const personByEmail = (org: OrgFixture, email: string) =>
    ctx.database.db.selectFrom('persons').selectAll().where('orgId', '=', org.orgId).where('email', '=', email).executeTakeFirst();

  it('shows what a dry run would change, writes nothing, then applies the same file', async () => {
    const org = await createOrgFixture(ctx.database, 'csv');
    const app = createApp({ database: ctx.database });
    const csv = [
      'Email,Name,Title,Manager_Email,Team,Role',
      `erin@${org.slug}.test,Erin Example,Analyst,alice@${org.slug}.test,Research,member`,
      `"frank@${org.slug}.test","Frank, Jr.",,erin@${org.slug}.test,Research,`,
      `bob@${org.slug}.test,Robert,Agent,manager@${org.slug}.test,Support,member`,
    ].join('\n');
    const before = await readOrgCounters(ctx.database.db, org.orgId);

    const dry = await upload(app, org.tokens.hr, csv, '?dryRun=true');
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, teams: { created: 1 }, persons: { created: 2, updated: 1, unchanged: 0 } });
    const bobChange = dry.body.changes.find((c: { id: string }) => c.id === org.ids.bob);
    expect(bobChange).toEqual({ table: 'persons', id: org.ids.bob, action: 'update', fields: { name: { from: 'bob', to: 'Robert' }, title: { from: null, to: 'Agent' } } });
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect(await personByEmail(org, `erin@${org.slug}.test`)).toBeUndefined();

    const applied = await upload(app, org.tokens.hr, csv);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ teams: { created: 1 }, persons: { created: 2, updated: 1 } });
    expect(applied.body.changes).toBeUndefined();
    const erin = (await personByEmail(org, `erin@${org.slug}.test`))!;
    const frank = (await personByEmail(org, `frank@${org.slug}.test`))!;
    expect(erin).toMatchObject({ name: 'Erin Example', title: 'Analyst', managerId: org.ids.alice, role: 'member' });
    expect(frank).toMatchObject({ name: 'Frank, Jr.', title: null, managerId: erin.id, teamId: erin.teamId });
    // Columns the file leaves out keep what the org holds: bob stays in support.
    expect((await personByEmail(org, `bob@${org.slug}.test`))!.teamId).toBe(org.teams.support);
    expect((await upload(app, org.tokens.hr, csv)).body).toMatchObject({ persons: { created: 0, updated: 0, unchanged: 3 } });
  });

  it('names the row and column of every problem, NUL included, and writes nothing', async () => {
    const org = await createOrgFixture(ctx.database, 'csvbad');
    const app = createApp({ database: ctx.database });
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    const cases: Array<[string, string, Array<{ path: string; message: string }>]> = [
      ['a NUL in a cell', `email,name\nx@${org.slug}.test,Ni\u0000l`, [{ path: 'row.2.name', message: expect.stringMatching(/NUL/) }]],
      ['an unknown column', 'email,name,salary\nx@y.test,X,10', [{ path: 'columns.2', message: expect.stringMatching(/not a column/) }]],
      ['a missing column', 'email\nx@y.test', [{ path: 'columns.name', message: 'is required' }]],
      ['a ragged row', 'email,name\nx@y.test,X,extra', [{ path: 'row.2', message: expect.stringMatching(/Invalid Record Length/) }]],
      [
        'bad values in several rows',
        `email,name,role,manager_email,active\nx@y.test,X,owner,,yes\nnot-an-email,Y,member,ghost@y.test,maybe`,
        [
          { path: 'row.3.manager_email', message: 'no person with email ghost@y.test in this org or this file' },
          { path: 'row.3.active', message: 'must be true or false' },
          { path: 'row.2.role', message: expect.stringMatching(/member, manager/) },
          { path: 'row.3.email', message: expect.any(String) },
        ],
      ],
      ['a self-promotion', `email,name,role\nhr@${org.slug}.test,hr,admin`, [{ path: 'row.2.role', message: expect.stringMatching(/only an admin/) }]],
    ];
    for (const [label, csv, issues] of cases) {
      const res = await upload(app, org.tokens.hr, csv);
      expect(res.status, label).toBeGreaterThanOrEqual(400);
      expect(res.status, label).toBeLessThan(500);
      expect(res.body.error.issues, label).toEqual(issues);
    }
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect((await upload(app, org.tokens.hr, 'email,name\nx@y.test,X', '?dryRun=maybe')).body.error.issues).toEqual([{ path: 'dryRun', message: 'must be true or false' }]);
  });

  it('is for people admins, admins and people:import keys only', async () => {
    const org = await createOrgFixture(ctx.database, 'csvauth');
    const app = createApp({ database: ctx.database });
    const key = async (scopes: string[]) => (await issueToken(ctx.database.db, { orgId: org.orgId, personId: org.ids.admin, kind: 'integration', scopes })).token;
    const csv = (n: number) => `email,name\nnew${n}@${org.slug}.test,New ${n}`;
    expect((await upload(app, org.tokens.manager, csv(1))).status).toBe(403);
    expect((await upload(app, org.tokens.alice, csv(1))).status).toBe(403);
    expect((await upload(app, org.integrationKey, csv(1))).status).toBe(403);
    expect((await upload(app, await key(['metrics:write']), csv(1))).status).toBe(403);
    expect((await upload(app, '', csv(1))).status).toBe(401);
    expect((await upload(app, org.tokens.admin, csv(2))).status).toBe(200);
    expect((await upload(app, await key(['people:import']), csv(3))).status).toBe(200);
    const other = await createOrgFixture(ctx.database, 'csvother');
    // Another org's admin imports into their own org, never this one.
    await upload(app, other.tokens.admin, `email,name\nalice@${org.slug}.test,Stolen`);
    expect((await personByEmail(org, `alice@${org.slug}.test`))!.name).toBe('alice');
  });

  it('dry runs the JSON import too', async () => {
    const org = await createOrgFixture(ctx.database, 'jsondry');
    const app = createApp({ database: ctx.database });
    const alice = await personByEmail(org, `alice@${org.slug}.test`);
    const { orgId: _o, version: _v, updatedAt: _u, deletedAt: _d, ...fields } = alice!;
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    const res = await call(app, 'POST', '/v1/admin/people?dryRun=true', { token: org.tokens.admin, json: { persons: [{ ...fields, active: false }] } });
    expect(res.body).toMatchObject({ dryRun: true, changes: [{ table: 'persons', id: org.ids.alice, action: 'update', fields: { active: { from: true, to: false } } }] });
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.alice })).status).toBe(200);
  });
});
