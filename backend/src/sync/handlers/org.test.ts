import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture } from '../../../test/helpers/org-fixture';
import { mismatches, outcome } from '../../../test/helpers/outcome';
import { call } from '../../../test/helpers/sync-client';
import { describeStorage } from '../../../test/helpers/storage';

describeStorage('cycle and team authoring', (ctx) => {
  it('let only admins and people admins change cycles and teams', async () => {
    const org = await createOrgFixture(ctx.database);
    const rename = () => call('cycle.update', { id: org.cycleId, patch: { name: `H1 ${uuidv7().slice(-4)}` } });
    const relead = () => call('team.update', { id: org.teams.support, patch: { name: 'Support EMEA' } });
    expect(
      await mismatches(org, [
        ['admin', rename, 'applied'],
        ['hr', rename, 'applied'],
        ['vp', rename, 'rejected'],
        ['manager', rename, 'rejected'],
        ['alice', rename, 'rejected'],
        ['integration', rename, 'rejected'],
        ['admin', relead, 'applied'],
        ['hr', relead, 'applied'],
        ['manager', relead, 'rejected'], // leading a team is not configuring the org
        ['director', relead, 'rejected'],
        ['bob', relead, 'rejected'],
      ]),
    ).toEqual([]);
  });

  it('check the merged cycle and team, naming the field', async () => {
    const org = await createOrgFixture(ctx.database);
    const reason = async (c: ReturnType<typeof call>) => (await outcome(org, 'admin', c)).reason;
    expect(await reason(call('cycle.update', { id: org.cycleId, patch: { endsOn: '2025-12-31' } }))).toBe('patch.endsOn: must be after startsOn');
    expect(await reason(call('cycle.update', { id: org.cycleId, patch: { name: 'H1\u0000' } }))).toBe('args.patch.name: must not contain the NUL character (\\u0000)');
    const missing = uuidv7();
    expect(await reason(call('cycle.update', { id: missing, patch: { name: 'x' } }))).toBe(`id: cycle ${missing} does not exist`);
    expect(await reason(call('team.update', { id: org.teams.support, patch: { leadId: missing } }))).toBe(`leadId: person ${missing} does not exist`);
    expect(await reason(['team.update', { id: org.teams.support, patch: { id: org.teams.sales } }])).toBe('args.patch: has unknown key "id"');
    // support -> sales -> support would be a loop.
    await org.client('admin').pushOk([call('team.update', { id: org.teams.sales, patch: { parentTeamId: org.teams.support } })]);
    expect(await reason(call('team.update', { id: org.teams.support, patch: { parentTeamId: org.teams.sales } }))).toBe(
      `parentTeamId: making team ${org.teams.sales} the parent of ${org.teams.support} would create a cycle`,
    );
    expect(await reason(call('team.create', { id: uuidv7(), name: 'Orphan', parentTeamId: missing }))).toBe(`parentTeamId: team ${missing} does not exist`);
  });

  it('reset clients when a team gets a new lead, who then sees its team goals', async () => {
    const org = await createOrgFixture(ctx.database);
    const goalId = uuidv7();
    await org.client('dave').pushOk([
      call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.dave, teamId: org.teams.sales, title: 'Pipeline 3x', visibility: 'team' }),
    ]);
    const director = org.client('director');
    expect((await director.pull()).changes.goals!.upserts.map((g) => g.id)).not.toContain(goalId);
    await org.client('admin').pushOk([call('team.update', { id: org.teams.sales, patch: { leadId: org.ids.director } })]);
    const after = await director.pull();
    expect(after.reset).toBe(true);
    expect(after.changes.goals!.upserts.map((g) => g.id)).toContain(goalId);
    const lena = org.client('lena');
    expect((await lena.pull()).changes.goals!.upserts.map((g) => g.id)).not.toContain(goalId);
  });
});
