import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture, type OrgFixture, type PersonName } from '../../test/helpers/org-fixture';
import { call, type SyncClient } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { importPeople } from '../people/import-people';
import { PeopleImport } from '../people/people-payload';

const ids = (rows: Array<Record<string, unknown>> | undefined) => (rows ?? []).map((r) => r.id as string).sort();

/** Everyone of the fixture with a client that has finished its first sync. */
async function syncedClients(org: OrgFixture): Promise<Map<PersonName, SyncClient>> {
  const clients = new Map(PEOPLE.map((name) => [name, org.client(name)] as const));
  for (const client of clients.values()) while ((await client.pull()).more);
  return clients;
}

/** The people whose next pull resets, after `change`. */
async function resetBy(clients: Map<PersonName, SyncClient>): Promise<PersonName[]> {
  const reset: PersonName[] = [];
  for (const [name, client] of clients) if ((await client.pull()).reset) reset.push(name);
  return reset.sort();
}

describeStorage('access epochs', (ctx) => {
  it('a team move resets exactly the mover and the manager chains above them, before and after; others get a plain delta', async () => {
    const org = await createOrgFixture(ctx.database);
    const privateGoal = uuidv7();
    await org.client('bob').pushOk([call('goal.create', { id: privateGoal, cycleId: org.cycleId, level: 'person', ownerId: org.ids.bob, title: 'Learn SQL', visibility: 'private' })]);
    const clients = await syncedClients(org);
    const bob = await ctx.database.db.selectFrom('persons').select(['id', 'name', 'email', 'role', 'managerId', 'teamId']).where('id', '=', org.ids.bob).executeTakeFirstOrThrow();

    // Bob leaves support (under manager < director < vp) for sales, reporting to lena (< vp).
    await importPeople(ctx.database.db, org.orgId, PeopleImport.parse({ persons: [{ ...bob, teamId: org.teams.sales, managerId: org.ids.lena }] }));

    const pulls = new Map<PersonName, Awaited<ReturnType<SyncClient['pull']>>>();
    for (const [name, client] of clients) pulls.set(name, await client.pull());
    const resets = [...pulls].filter(([, p]) => p.reset).map(([n]) => n).sort();
    expect(resets).toEqual(['bob', 'director', 'lena', 'manager', 'vp']);
    for (const name of ['admin', 'hr', 'alice', 'dave'] as const) {
      // Their view did not change: a delta with the moved person's row and nothing else.
      expect(Object.keys(pulls.get(name)!.changes), name).toEqual(['persons']);
      expect(ids(pulls.get(name)!.changes.persons!.upserts), name).toEqual([org.ids.bob]);
    }
    // The resets carry the new view: lena now sees bob's private goal, his old manager does not.
    expect(ids(pulls.get('lena')!.changes.goals!.upserts)).toContain(privateGoal);
    expect(ids(pulls.get('manager')!.changes.goals!.upserts)).not.toContain(privateGoal);
    // And the next pull of everyone is a plain delta again.
    expect(await resetBy(clients)).toEqual([]);
  });

  it('re-scoping a goal resets those who saw it before or after, nobody else', async () => {
    const org = await createOrgFixture(ctx.database);
    const goalId = uuidv7();
    const manager = org.client('manager');
    await manager.pushOk([call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'team', teamId: org.teams.support, title: 'Backlog under 50', visibility: 'team' })]);
    const clients = await syncedClients(org);
    await manager.pushOk([call('goal.update', { id: goalId, patch: { visibility: 'private', ownerId: org.ids.manager } })]);
    // Support's members and the chain above them saw it; admins see every goal either way.
    expect(await resetBy(clients)).toEqual(['alice', 'bob', 'director', 'manager', 'vp']);
  });

  it('a role change resets only that person, and only when it changes what they see', async () => {
    const org = await createOrgFixture(ctx.database);
    const clients = await syncedClients(org);
    const dave = await ctx.database.db.selectFrom('persons').select(['id', 'name', 'email', 'role', 'managerId', 'teamId']).where('id', '=', org.ids.dave).executeTakeFirstOrThrow();
    await importPeople(ctx.database.db, org.orgId, PeopleImport.parse({ persons: [{ ...dave, role: 'manager' }] }));
    expect(await resetBy(clients)).toEqual([]);
    await importPeople(ctx.database.db, org.orgId, PeopleImport.parse({ persons: [{ ...dave, role: 'people_admin' }] }));
    expect(await resetBy(clients)).toEqual(['dave']);
  });

  it('a new team lead (team.update) resets the old and the new lead, nobody else; a new parent team resets no one', async () => {
    const org = await createOrgFixture(ctx.database);
    const goalId = uuidv7();
    await org.client('lena').pushOk([call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'team', teamId: org.teams.sales, title: 'Pipeline 3x', visibility: 'team' })]);
    const clients = await syncedClients(org);
    await org.client('admin').pushOk([call('team.update', { id: org.teams.sales, patch: { leadId: org.ids.director } })]);
    const pulls = new Map<PersonName, Awaited<ReturnType<SyncClient['pull']>>>();
    for (const [name, client] of clients) pulls.set(name, await client.pull());
    expect([...pulls].filter(([, p]) => p.reset).map(([n]) => n).sort()).toEqual(['director', 'lena']);
    // The reset carries the new view: the new lead now has the sales team's goal.
    expect(ids(pulls.get('director')!.changes.goals!.upserts)).toContain(goalId);
    await org.client('admin').pushOk([call('team.update', { id: org.teams.sales, patch: { parentTeamId: org.teams.support } })]);
    expect(await resetBy(clients)).toEqual([]);
  });
});
