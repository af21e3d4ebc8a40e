import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { call as mutation } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';
import { readOrgCounters } from '../orgs/orgs';

describeStorage('goals and KPIs CSV import', (ctx) => {
  const upload = (app: ReturnType<typeof createApp>, token: string, csv: string, query = '') =>
    call(app, 'POST', `/v1/goals/import${query}`, { token, raw: csv, headers: { 'content-type': 'text/csv' } });
  const goalsOf = (org: OrgFixture) => ctx.database.db.selectFrom('goals').selectAll().where('orgId', '=', org.orgId).where('deletedAt', 'is', null).execute();
  const metricsOf = (org: OrgFixture) => ctx.database.db.selectFrom('metrics').selectAll().where('orgId', '=', org.orgId).where('deletedAt', 'is', null).execute();

  const HEADER = 'kind,cycle,title,level,team,owner_email,parent,weight,visibility,due_on,goal,indicator,unit,baseline,target,direction,counts';

  it('dry-runs a file with parents named later in it, writes nothing, then applies it atomically and updates on a second run', async () => {
    const org = await createOrgFixture(ctx.database, 'gcsv');
    const app = createApp({ database: ctx.database });
    const csv = [
      HEADER,
      // The child comes before its parent: the import orders creation itself.
      `goal,2026 H1,Faster first replies,team,Support,,Delight customers,2,team,2026-06-30,,,,,,,`,
      `kpi,2026 H1,First reply time,,,,,,,,Faster first replies,lagging,h,8,4,decrease,false`,
      `goal,2026 H1,Delight customers,org,,,,3,org,,,,,,,,`,
      `kpi,2026 H1,Tickets solved,,,,,,,,faster FIRST replies,leading,,0,500,increase,yes`,
    ].join('\n');
    const before = await readOrgCounters(ctx.database.db, org.orgId);

    const dry = await upload(app, org.tokens.admin, csv, '?dryRun=true');
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, goals: { create: 2, update: 0, unchanged: 0 }, kpis: { create: 2, update: 0, unchanged: 0 } });
    expect(dry.body.rows.map((r: { row: number; kind: string; action: string; title: string }) => [r.row, r.kind, r.action, r.title])).toEqual([
      [2, 'goal', 'create', 'Faster first replies'],
      [3, 'kpi', 'create', 'First reply time'],
      [4, 'goal', 'create', 'Delight customers'],
      [5, 'kpi', 'create', 'Tickets solved'],
    ]);
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect(await goalsOf(org)).toEqual([]);

    const applied = await upload(app, org.tokens.admin, csv);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body.dryRun).toBe(false);
    const goals = await goalsOf(org);
    const parent = goals.find((g) => g.title === 'Delight customers')!;
    const child = goals.find((g) => g.title === 'Faster first replies')!;
    expect(parent).toMatchObject({ level: 'org', weight: 3, cycleId: org.cycleId, parentId: null });
    expect(child).toMatchObject({ level: 'team', teamId: org.teams.support, parentId: parent.id, weight: 2, visibility: 'team', dueOn: '2026-06-30' });
    const metrics = await metricsOf(org);
    expect(metrics.map((m) => [m.name, m.goalId, m.direction, m.counts]).sort()).toEqual([
      ['First reply time', child.id, 'decrease', false],
      ['Tickets solved', child.id, 'increase', true],
    ]);
    const audit = await ctx.database.db.selectFrom('auditLog').select('action').where('orgId', '=', org.orgId).where('action', '=', 'goals.imported').execute();
    expect(audit).toHaveLength(1);

    // The same file again changes nothing; one edited cell is an update, recorded in the change history.
    expect((await upload(app, org.tokens.admin, csv)).body).toMatchObject({ goals: { create: 0, update: 0, unchanged: 2 }, kpis: { unchanged: 2 } });
    const edited = csv.replace('h,8,4,decrease', 'h,8,3,decrease');
    const dryEdit = await upload(app, org.tokens.admin, edited, '?dryRun=true');
    expect(dryEdit.body.rows[1]).toMatchObject({ row: 3, action: 'update', fields: { target: { from: 4, to: 3 } } });
    expect((await upload(app, org.tokens.admin, edited)).body.kpis).toEqual({ create: 0, update: 1, unchanged: 1 });
    const reply = (await metricsOf(org)).find((m) => m.name === 'First reply time')!;
    expect(reply.target).toBe(3);
    const history = await call(app, 'GET', `/v1/history/metrics/${reply.id}`, { token: org.tokens.admin });
    expect(history.body.entries).toEqual([expect.objectContaining({ by: org.ids.admin, changes: [{ field: 'target', from: 4, to: 3 }] })]);
  });

  it('names the row and column of every problem, NUL included, and writes nothing', async () => {
    const org = await createOrgFixture(ctx.database, 'gcsvbad');
    const app = createApp({ database: ctx.database });
    const before = await readOrgCounters(ctx.database.db, org.orgId);
    const cases: Array<[string, string, Array<{ path: string; message: unknown }>]> = [
      ['a NUL in a cell', `kind,cycle,title\ngoal,2026 H1,Ni\u0000l`, [{ path: 'row.2.title', message: expect.stringMatching(/NUL/) }]],
      ['an unknown column', 'kind,cycle,title,salary\ngoal,2026 H1,X,1', [{ path: 'columns.3', message: expect.stringMatching(/not a column/) }]],
      ['a missing column', 'kind,title\ngoal,X', [{ path: 'columns.cycle', message: 'is required' }]],
      ['a ragged row', 'kind,cycle,title\ngoal,2026 H1,X,extra', [{ path: 'row.2', message: expect.stringMatching(/Invalid Record Length/) }]],
      [
        'unresolvable names and bad values',
        [
          'kind,cycle,title,level,team,owner_email,parent,weight,goal,indicator,baseline,target,direction',
          'goal,2027 Q9,A,org,,,,,,,,,',
          'task,2026 H1,B,org,,,,,,,,,',
          'goal,2026 H1,C,team,Marketing,,Nowhere,heavy,,,,,',
          'goal,2026 H1,D,person,,ghost@nowhere.test,,,,,,,',
          'kpi,2026 H1,E,,,,,,Missing goal,lagging,1,2,increase',
          'kpi,2026 H1,F,,,,,,D,lagging,5,2,increase',
        ].join('\n'),
        [
          { path: 'row.2.cycle', message: 'no cycle named "2027 Q9" in this org' },
          { path: 'row.3.kind', message: 'must be goal or kpi' },
          { path: 'row.4.weight', message: 'must be a number' },
          { path: 'row.4.team', message: 'no team named "Marketing" in this org' },
          { path: 'row.4.parent', message: 'no goal titled "Nowhere" in that cycle in this org or this file' },
          { path: 'row.4.team', message: 'is required for a team goal' },
          { path: 'row.5.owner_email', message: 'no active person with email ghost@nowhere.test in this org' },
          { path: 'row.5.owner_email', message: 'is required for a person goal' },
          { path: 'row.6.goal', message: 'no goal titled "Missing goal" in that cycle in this org or this file' },
          { path: 'row.7.target', message: 'must be at least baseline when direction is increase' },
        ],
      ],
    ];
    for (const [label, csv, issues] of cases) {
      const res = await upload(app, org.tokens.admin, csv, '?dryRun=true');
      expect(res.status, label).toBe(422);
      expect(res.body.error.issues, label).toEqual(issues);
    }
    expect(await readOrgCounters(ctx.database.db, org.orgId)).toEqual(before);
    expect((await upload(app, org.tokens.admin, 'kind,cycle,title', '?dryRun=maybe')).body.error.issues).toEqual([{ path: 'dryRun', message: 'must be true or false' }]);
  });

  it('lets a manager import for their team only, all or nothing', async () => {
    const org = await createOrgFixture(ctx.database, 'gcsvmgr');
    const app = createApp({ database: ctx.database });
    await org.client('admin').pushOk([mutation('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'org', title: 'Grow', weight: 1 })]);
    const ok = `kind,cycle,title,level,team,parent\ngoal,2026 H1,Answer faster,team,Support,Grow`;
    const res = await upload(app, org.tokens.manager, ok);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await goalsOf(org)).map((g) => g.title).sort()).toEqual(['Answer faster', 'Grow']);

    // A manager of Support may not author Sales' goals nor edit the org goal: the whole file is refused at the handlers' word.
    const mixed = `kind,cycle,title,level,team,weight\ngoal,2026 H1,Support goal,team,Support,\ngoal,2026 H1,Sell more,team,Sales,\ngoal,2026 H1,Grow,org,,5`;
    const refused = await upload(app, org.tokens.manager, mixed);
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['row.3', 'row.4']);
    expect((await goalsOf(org)).map((g) => [g.title, g.weight]).sort()).toEqual([['Answer faster', 1], ['Grow', 1]]);

    expect((await upload(app, org.tokens.alice, ok, '?dryRun=true')).status).toBe(403);
    expect((await upload(app, org.integrationKey, ok, '?dryRun=true')).status).toBe(403);
  });
});
