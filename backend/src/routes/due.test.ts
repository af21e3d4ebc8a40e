import { expect, it } from 'vitest';
import { DueList, checkInId, orgCadenceId, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { call as http } from '../../test/helpers/http';
import { mismatches, outcome } from '../../test/helpers/outcome';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('check-in cadence and due lists', (ctx) => {
  it('is set by people admins and admins only, one row per org', async () => {
    const org = await createOrgFixture(ctx.database);
    const set = (dueWeekday: number) => () => call('cadence.set', { id: orgCadenceId(org.orgId), dueWeekday });
    expect(
      await mismatches(org, [
        ['manager', set(4), 'rejected'],
        ['alice', set(4), 'rejected'],
        ['integration', set(4), 'rejected'],
        ['hr', set(4), 'applied'],
        ['admin', set(3), 'applied'],
      ]),
    ).toEqual([]);
    expect((await outcome(org, 'admin', call('cadence.set', { id: uuidv7(), dueWeekday: 4 }))).reason).toBe(
      `id: must be orgCadenceId(orgId), ${orgCadenceId(org.orgId)}: one cadence per org`,
    );
    expect((await outcome(org, 'admin', call('cadence.set', { id: orgCadenceId(org.orgId), dueWeekday: 0 }))).reason).toBe('args.dueWeekday: must be at least 1');
    // NUL never reaches the database: the week's own format refuses it first.
    expect((await outcome(org, 'admin', call('cadence.set', { id: orgCadenceId(org.orgId), anchorWeek: '2026-W01\u0000' }))).reason).toBe(
      'args.anchorWeek: must be an ISO week like 2026-W47',
    );
    expect((await org.client('dave').pull()).changes.checkInCadences!.upserts).toEqual([expect.objectContaining({ dueWeekday: 3, intervalWeeks: 1 })]);
  });

  it('lists each person’s state in their own time zone, for themselves and for their managers', async () => {
    const org = await createOrgFixture(ctx.database);
    const { ids } = org;
    // Friday 2026-12-11 23:30 UTC: Saturday in Berlin (alice), Friday in Los Angeles (bob), Friday in UTC (manager).
    const app = createApp({ database: ctx.database, clock: () => new Date('2026-12-11T23:30:00Z') });
    const zone = (who: PersonName, timezone: string) => ctx.database.db.updateTable('persons').set({ timezone }).where('orgId', '=', org.orgId).where('id', '=', ids[who]).execute();
    await zone('alice', 'Europe/Berlin');
    await zone('bob', 'America/Los_Angeles');
    await org.client('bob').pushOk([call('checkin.submit', { id: checkInId(ids.bob, '2026-W50'), personId: ids.bob, week: '2026-W50', goals: [], submittedAt: '2026-12-11T20:00:00Z' })]);
    const read = async (who: PersonName | 'integration', path: string) => {
      const res = await http(app, 'GET', path, { token: who === 'integration' ? org.integrationKey : org.tokens[who] });
      return res.status === 200 ? DueList.parse(res.body) : res.status;
    };
    expect(await read('alice', '/v1/due')).toEqual({
      cadence: { intervalWeeks: 1, anchorWeek: '2026-W01', dueWeekday: 5 },
      checkIns: [{ personId: ids.alice, timezone: 'Europe/Berlin', today: '2026-12-12', week: '2026-W50', dueOn: '2026-12-11', state: 'overdue' }],
    });
    const team = await read('manager', '/v1/due/team');
    expect(team !== 200 && typeof team === 'object' && team.checkIns.map((c) => [c.personId, c.state])).toEqual([
      [ids.alice, 'overdue'],
      [ids.bob, 'done'],
    ]);
    const vp = await read('vp', '/v1/due/team');
    expect(typeof vp === 'object' && vp.checkIns.map((c) => c.personId).sort()).toEqual([ids.alice, ids.bob, ids.director, ids.lena, ids.manager].sort());
    const alice = await read('alice', '/v1/due/team');
    expect(typeof alice === 'object' && alice.checkIns).toEqual([]);
    expect(await read('integration', '/v1/due')).toBe(403);

    // Moving the due day to Saturday makes Berlin's Saturday the due day.
    await org.client('admin').pushOk([call('cadence.set', { id: orgCadenceId(org.orgId), dueWeekday: 6 })]);
    const moved = await read('alice', '/v1/due');
    expect(typeof moved === 'object' && moved.checkIns[0]).toMatchObject({ dueOn: '2026-12-12', state: 'due' });
  });
});
