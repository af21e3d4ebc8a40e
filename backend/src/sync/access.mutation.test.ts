/**
 * The reasons access refusals give, which the client shows beside the undone change; the
 * handler tests check who is refused, these check what they are told. Found by mutation
 * testing (stryker.survivors.md).
 */
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { call, type Call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';

describeStorage('access refusals', (ctx) => {
  it('name what was refused and who may do it', async () => {
    const org = await createOrgFixture(ctx.database);
    const orgGoalId = uuidv7();
    const reason = async (who: 'alice' | 'manager' | 'integration', what: Call) => {
      const { results } = await org.client(who).push([what]);
      expect(results[0]?.status).toBe('rejected');
      return results[0]?.reason;
    };
    expect(await reason('alice', call('goal.create', { id: orgGoalId, cycleId: org.cycleId, level: 'org', title: 'Org goal' }))).toBe(
      `you may not edit org goal ${orgGoalId}`,
    );
    // An org goal shown to one team is still the admins' to edit, not that team's lead's.
    const teamShownId = uuidv7();
    const teamShown = { id: teamShownId, cycleId: org.cycleId, level: 'org', teamId: org.teams.support, visibility: 'team', title: 'Org goal' } as const;
    expect(await reason('manager', call('goal.create', teamShown))).toBe(`you may not edit org goal ${teamShownId}`);
    expect(await reason('alice', call('cycle.create', { id: uuidv7(), name: 'H2', kind: 'half', startsOn: '2026-07-01', endsOn: '2026-12-31' }))).toBe(
      'only people admins and admins may create cycles',
    );
    expect(await reason('integration', call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'org', title: 'Org goal' }))).toBe(
      'an integration key may only record metric values',
    );
  });

  // A run of metric mutations shares one batch, which remembers each access fact under a key
  // naming both sides: a key that named one side only would let the first answer stand for all.
  it('answer each access question of a set-based run on its own people and teams', async () => {
    const org = await createOrgFixture(ctx.database);
    const [support, sales, aliceGoal, lenaGoal, supportMetric, salesMetric] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const goal = (id: string, fields: { level: 'team'; teamId: string } | { level: 'person'; ownerId: string }) => call('goal.create', { id, cycleId: org.cycleId, title: 'A goal', ...fields });
    const metric = (id: string, goalId: string) =>
      call('metric.create', { id, goalId, name: 'Tickets', indicator: 'lagging', baseline: 0, target: 10, direction: 'increase' });
    await org.client('admin').pushOk([
      goal(support, { level: 'team', teamId: org.teams.support }),
      goal(sales, { level: 'team', teamId: org.teams.sales }),
      goal(aliceGoal, { level: 'person', ownerId: org.ids.alice }),
      goal(lenaGoal, { level: 'person', ownerId: org.ids.lena }),
      metric(supportMetric, support),
      metric(salesMetric, sales),
    ]);
    const statuses = async (who: 'director' | 'alice', calls: Call[]) => (await org.client(who).push(calls)).results.map((r) => r.status);
    // The director manages support's members and alice, not sales or lena (a peer).
    expect(await statuses('director', [metric(uuidv7(), support), metric(uuidv7(), sales), metric(uuidv7(), aliceGoal), metric(uuidv7(), lenaGoal)])).toEqual([
      'applied',
      'rejected',
      'applied',
      'rejected',
    ]);
    // Alice is in support, not in sales, and may edit neither team's goals.
    const record = (metricId: string) => call('metric.record', { id: uuidv7(), metricId, value: 1, at: '2026-02-01T00:00:00Z' });
    expect(await statuses('alice', [record(supportMetric), record(salesMetric)])).toEqual(['applied', 'rejected']);
  });
});
