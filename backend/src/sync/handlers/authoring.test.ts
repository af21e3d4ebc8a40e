import { expect, it } from 'vitest';
import { ChangeHistory, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../../test/helpers/org-fixture';
import { call as http } from '../../../test/helpers/http';
import { outcome } from '../../../test/helpers/outcome';
import { call } from '../../../test/helpers/sync-client';
import { describeStorage } from '../../../test/helpers/storage';
import { createApp } from '../../app';

describeStorage('goal and KPI authoring', (ctx) => {
  const kpi = { name: 'Discovery calls', indicator: 'leading', unit: 'calls', baseline: 0, target: 40, direction: 'increase' } as const;

  it('store the counts flag a KPI author sets, false unless set', async () => {
    const org = await createOrgFixture(ctx.database);
    const [goalId, counting, measured] = [uuidv7(), uuidv7(), uuidv7()];
    const alice = org.client('alice');
    await alice.pushOk([
      call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Fill the pipeline' }),
      call('metric.create', { ...kpi, id: counting, goalId, counts: true }),
      call('metric.create', { ...kpi, id: measured, goalId, name: 'Pipeline value', unit: 'USD', weight: 3, source: 'hubspot' }),
    ]);
    const metrics = (await alice.pull()).changes.metrics!.upserts;
    expect(metrics.find((m) => m.id === counting)).toMatchObject({ counts: true, indicator: 'leading', unit: 'calls' });
    expect(metrics.find((m) => m.id === measured)).toMatchObject({ counts: false, weight: 3, source: 'hubspot' });
    expect((await outcome(org, 'alice', call('metric.update', { id: counting, patch: { counts: 'yes' as never } }))).reason).toBe('args.patch.counts: must be true or false');
  });

  it('align a goal only under a parent of the same cycle', async () => {
    const org = await createOrgFixture(ctx.database);
    const [q3, orgGoal, teamGoal] = [uuidv7(), uuidv7(), uuidv7()];
    await org.client('admin').pushOk([
      call('cycle.create', { id: q3, name: 'Q3', kind: 'quarter', startsOn: '2026-07-01', endsOn: '2026-09-30' }),
      call('goal.create', { id: orgGoal, cycleId: q3, level: 'org', title: 'Happier customers' }),
    ]);
    const aligned = (cycleId: string) => call('goal.create', { id: teamGoal, cycleId, level: 'team', teamId: org.teams.support, parentId: orgGoal, title: 'CSAT 95' });
    expect((await outcome(org, 'manager', aligned(org.cycleId))).reason).toBe(`parentId: goal ${orgGoal} belongs to cycle ${q3}, not ${org.cycleId}`);
    expect(await outcome(org, 'manager', aligned(q3))).toMatchObject({ status: 'applied' });
  });

  it('keep the history of mid-cycle edits, and show it to whoever may see the goal', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const [goalId, metricId] = [uuidv7(), uuidv7()];
    await org.client('alice').pushOk([
      call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Solve faster', visibility: 'private', weight: 2 }),
      call('metric.create', { ...kpi, id: metricId, goalId }),
    ]);
    const edit = await org.client('manager').pushOk([
      call('goal.update', { id: goalId, patch: { weight: 3, dueOn: '2026-05-31' } }),
      call('metric.update', { id: metricId, patch: { target: 60 } }),
      call('goal.update', { id: goalId, patch: { title: 'Solve faster' } }), // no change: no entry
    ]);
    await org.client('alice').push([call('goal.update', { id: goalId, patch: { weight: 500 } })]); // rejected: no entry
    await org.client('alice').pushOk([call('goal.update', { id: goalId, patch: { status: 'completed' } })]);

    const read = (who: 'alice' | 'bob' | 'manager' | 'hr', path: string) => http(app, 'GET', path, { token: org.tokens[who] });
    const goalHistory = await read('manager', `/v1/history/goals/${goalId}`);
    expect(goalHistory.status).toBe(200);
    expect(ChangeHistory.parse(goalHistory.body)).toEqual({
      entity: 'goal',
      id: goalId,
      entries: [
        {
          version: edit.version,
          at: expect.any(String),
          by: org.ids.manager,
          changes: [
            { field: 'weight', from: 2, to: 3 },
            { field: 'dueOn', from: null, to: '2026-05-31' },
          ],
        },
        { version: expect.any(Number), at: expect.any(String), by: org.ids.alice, changes: [{ field: 'status', from: 'active', to: 'completed' }] },
      ],
    });
    expect((await read('hr', `/v1/history/metrics/${metricId}`)).body.entries).toEqual([
      expect.objectContaining({ by: org.ids.manager, changes: [{ field: 'target', from: 40, to: 60 }] }),
    ]);
    // bob may not see alice's private goal: its history is as absent as the goal.
    const hidden = await read('bob', `/v1/history/goals/${goalId}`);
    expect(hidden).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await read('bob', `/v1/history/metrics/${metricId}`)).status).toBe(404);
    expect((await read('alice', '/v1/history/goals/not-a-uuid')).status).toBe(404);
    expect((await read('alice', `/v1/history/goals/${uuidv7()}`)).status).toBe(404);
    expect((await read('alice', '/v1/history/people/' + goalId)).status).toBe(404);
    const nul = await read('alice', `/v1/history/goals/${goalId}%00`);
    expect(nul).toMatchObject({ status: 400, body: { error: { code: 'invalid_url' } } });
  });
});
