import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../../test/helpers/org-fixture';
import { mismatches, outcome } from '../../../test/helpers/outcome';
import { call } from '../../../test/helpers/sync-client';
import { describeStorage } from '../../../test/helpers/storage';

describeStorage('goal handlers', (ctx) => {
  it('let each level be created only by those who may edit it', async () => {
    const org = await createOrgFixture(ctx.database);
    const base = { cycleId: org.cycleId, title: 'A goal' };
    const orgGoal = () => call('goal.create', { ...base, id: uuidv7(), level: 'org' });
    const teamGoal = () => call('goal.create', { ...base, id: uuidv7(), level: 'team', teamId: org.teams.support });
    const salesGoal = () => call('goal.create', { ...base, id: uuidv7(), level: 'team', teamId: org.teams.sales });
    const aliceGoal = () => call('goal.create', { ...base, id: uuidv7(), level: 'person', ownerId: org.ids.alice });
    expect(
      await mismatches(org, [
        ['admin', orgGoal, 'applied'],
        ['hr', orgGoal, 'applied'],
        ['director', orgGoal, 'rejected'],
        ['alice', orgGoal, 'rejected'],
        ['manager', teamGoal, 'applied'], // leads the team
        ['director', teamGoal, 'applied'], // manages a member
        ['vp', teamGoal, 'applied'], // manages a member two levels down
        ['lena', teamGoal, 'rejected'],
        ['lena', salesGoal, 'applied'], // leads sales without being in it or managing its member
        ['vp', salesGoal, 'rejected'], // managing the lead is not leading the team
        ['director', salesGoal, 'rejected'],
        ['admin', teamGoal, 'applied'],
        ['alice', teamGoal, 'rejected'],
        ['dave', teamGoal, 'rejected'],
        ['alice', aliceGoal, 'applied'],
        ['manager', aliceGoal, 'applied'],
        ['director', aliceGoal, 'applied'],
        ['vp', aliceGoal, 'applied'],
        ['lena', aliceGoal, 'rejected'],
        ['hr', aliceGoal, 'applied'],
        ['bob', aliceGoal, 'rejected'],
        ['dave', aliceGoal, 'rejected'],
        ['integration', aliceGoal, 'rejected'],
      ]),
    ).toEqual([]);
  });

  it('reject missing references, taken ids and server-owned fields, naming the field', async () => {
    const org = await createOrgFixture(ctx.database);
    const id = uuidv7();
    const goal = { id, cycleId: org.cycleId, level: 'person' as const, ownerId: org.ids.bob, title: 'Bob goal' };
    await org.client('bob').pushOk([call('goal.create', goal)]);
    expect(await outcome(org, 'alice', call('goal.create', { ...goal, ownerId: org.ids.alice }))).toMatchObject({ reason: `id: goal ${id} already exists` });
    const missing = uuidv7();
    expect(await outcome(org, 'alice', call('goal.create', { ...goal, id: uuidv7(), ownerId: org.ids.alice, cycleId: missing }))).toMatchObject({
      status: 'rejected',
      reason: `cycleId: cycle ${missing} does not exist`,
    });
    const withVersion = ['goal.create', { ...goal, id: uuidv7(), ownerId: org.ids.alice, version: 99 }] as const;
    expect((await outcome(org, 'alice', withVersion)).reason).toMatch(/^args: has unknown key "version"/);
  });

  it('refuse a parent change that would close a loop, and moving a goal to someone you do not manage', async () => {
    const org = await createOrgFixture(ctx.database);
    const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()];
    const goal = (id: string, parentId: string | null) =>
      call('goal.create', { id, parentId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: `goal ${id.slice(-4)}` });
    await org.client('alice').pushOk([goal(a, null), goal(b, a), goal(c, b)]);
    expect(await outcome(org, 'alice', call('goal.update', { id: a, patch: { parentId: c } }))).toMatchObject({
      status: 'rejected',
      reason: `parentId: making goal ${c} the parent of ${a} would create a cycle`,
    });
    expect(await outcome(org, 'alice', call('goal.update', { id: a, patch: { ownerId: org.ids.bob } }))).toMatchObject({ status: 'rejected' });
    expect(await outcome(org, 'manager', call('goal.update', { id: a, patch: { ownerId: org.ids.bob, title: 'Handed over' } }))).toMatchObject({ status: 'applied' });
    expect(await outcome(org, 'alice', call('goal.update', { id: c, patch: { visibility: 'team' } }))).toMatchObject({
      reason: 'patch.teamId: is required when visibility is team',
    });
  });

  it('delete tombstones the goal with its metrics and values, but not while it has children', async () => {
    const org = await createOrgFixture(ctx.database);
    const [parent, child, metricId, valueId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const alice = org.client('alice');
    const person = { cycleId: org.cycleId, level: 'person' as const, ownerId: org.ids.alice };
    await alice.pushOk([
      call('goal.create', { ...person, id: parent, title: 'Parent' }),
      call('goal.create', { ...person, id: child, parentId: parent, title: 'Child' }),
      call('metric.create', { id: metricId, goalId: child, name: 'Tickets', indicator: 'lagging', baseline: 0, target: 10, direction: 'increase' }),
      call('metric.record', { id: valueId, metricId, value: 3, at: '2026-02-01T00:00:00Z' }),
    ]);
    expect((await outcome(org, 'alice', call('goal.delete', { id: parent }))).reason).toBe(`goal ${parent} still has child goal ${child}; delete or move it first`);
    const res = await alice.pushOk([call('goal.delete', { id: child })]);
    const db = ctx.database.db;
    for (const table of ['goals', 'metrics', 'metricValues'] as const) {
      const rows = await db.selectFrom(table).select(['deletedAt', 'version']).where('id', 'in', [child, metricId, valueId]).execute();
      expect(rows, table).toEqual([{ deletedAt: expect.any(String), version: res.version }]);
    }
    expect(await outcome(org, 'alice', call('goal.update', { id: child, patch: { title: 'Back' } }))).toMatchObject({ reason: `id: goal ${child} does not exist` });
  });
});
