import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { TABLE_NAMES, checkInId, uuidv7 } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { pullChanges } from './pull';

const ids = (rows: Array<Record<string, unknown>> | undefined) => (rows ?? []).map((r) => r.id).sort();

describeStorage('pull', (ctx) => {
  it('starts with a reset snapshot and then sends only what changed, with lastSeq', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const goalId = uuidv7();
    await alice.pushOk([call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Mine', visibility: 'private' })]);
    const first = await alice.pull();
    expect(first).toMatchObject({ reset: true, lastSeq: 1 });
    expect(Object.keys(first.changes).sort()).toEqual([...TABLE_NAMES].sort());
    // Everyone in the org: the directory is visible to all.
    expect(first.changes.persons!.upserts).toHaveLength(PEOPLE.length);
    expect(first.changes.goals!.upserts).toEqual([expect.objectContaining({ id: goalId, orgId: org.orgId, version: expect.any(Number) })]);
    expect(first.changes.goals!.upserts[0]).not.toHaveProperty('deletedAt');

    const quiet = await alice.pull();
    expect(quiet).toMatchObject({ reset: false, changes: {}, cursor: first.cursor });

    const teamGoal = uuidv7();
    await org.client('manager').pushOk([call('goal.create', { id: teamGoal, cycleId: org.cycleId, level: 'team', teamId: org.teams.support, title: 'CSAT 95', visibility: 'team' })]);
    const next = await alice.pull();
    expect(next.reset).toBe(false);
    expect(Object.keys(next.changes)).toEqual(['goals']);
    expect(ids(next.changes.goals!.upserts)).toEqual([teamGoal]);
  });

  it('sends tombstones as deletes, and leaves them out of a reset', async () => {
    const org = await createOrgFixture(ctx.database);
    const bob = org.client('bob');
    await bob.pull();
    const feedbackId = uuidv7();
    const alice = org.client('alice');
    await alice.pushOk([call('feedback.create', { id: feedbackId, subjectId: org.ids.bob, kind: 'praise', body: 'Thanks for covering', visibility: 'subject', createdAt: '2026-02-03T10:00:00Z' })]);
    expect(ids((await bob.pull()).changes.feedback!.upserts)).toEqual([feedbackId]);
    await alice.pushOk([call('feedback.delete', { id: feedbackId })]);
    expect((await bob.pull()).changes.feedback).toEqual({ upserts: [], deletes: [feedbackId] });
    const fresh = org.client('bob');
    expect((await fresh.pull()).changes.feedback).toEqual({ upserts: [], deletes: [] });
  });

  it('resets a client whose access changed (their access epoch moved)', async () => {
    const org = await createOrgFixture(ctx.database);
    const goalId = uuidv7();
    const manager = org.client('manager');
    await manager.pushOk([call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'team', teamId: org.teams.support, title: 'Backlog under 50', visibility: 'team' })]);
    const alice = org.client('alice');
    expect(ids((await alice.pull()).changes.goals!.upserts)).toEqual([goalId]);
    await manager.pushOk([call('goal.update', { id: goalId, patch: { visibility: 'private', ownerId: org.ids.manager } })]);
    const after = await alice.pull();
    expect(after.reset).toBe(true);
    expect(after.changes.goals!.upserts).toEqual([]);
  });

  it('resets on a malformed, foreign or future cursor, and below the tombstone floor', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const { cursor } = await alice.pull();
    const pull = (c: string) => pullChanges(ctx.database.db, alice.principal, { clientId: alice.clientId, cursor: c });
    expect((await pull(cursor)).reset).toBe(false);
    for (const bad of ['garbage', 'v1.a0', 'v99999999', 'r99999999.goals', 'r1.nosuchtable', '']) expect((await pull(bad)).reset, bad).toBe(true);
    // A tombstone purge raises the floor: cursors older than it may have missed deletes.
    await org.client('dave').pushOk([call('checkin.submit', checkIn(org.ids.dave))]);
    expect((await pull(cursor)).reset).toBe(false);
    await sql`update orgs set tombstone_floor = version where id = ${org.orgId}`.execute(ctx.database.db);
    expect((await pull(cursor)).reset).toBe(true);
  });

  it('gives integration keys nothing and refuses a client id bound to someone else', async () => {
    const org = await createOrgFixture(ctx.database);
    const key = org.client('integration');
    const res = await key.pull();
    expect(Object.values(res.changes).every((c) => c.upserts.length === 0)).toBe(true);
    const alice = org.client('alice');
    await alice.pull();
    await alice.pushOk([call('checkin.submit', checkIn(org.ids.alice))]);
    await expect(pullChanges(ctx.database.db, org.principal('bob'), { clientId: alice.clientId })).rejects.toMatchObject({ status: 403 });
  });

  it('never skips a row while writers race the reader', async () => {
    const org = await createOrgFixture(ctx.database);
    const writers = (['alice', 'bob', 'dave'] as const).map((n) => ({ client: org.client(n), owner: org.ids[n] }));
    const reader = org.client('admin');
    const seen = new Set<string>();
    const collect = (res: Awaited<ReturnType<typeof reader.pull>>) => res.changes.goals?.upserts.forEach((g) => seen.add(g.id as string));
    collect(await reader.pull());
    let writing = true;
    const writes = Promise.all(
      writers.map(async ({ client, owner }) => {
        for (let i = 0; i < 8; i++)
          await client.pushOk([call('goal.create', { id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: owner, title: `race ${i}` })]);
      }),
    ).finally(() => (writing = false));
    while (writing) collect(await reader.pull());
    await writes;
    collect(await reader.pull());
    const stored = await ctx.database.db.selectFrom('goals').select('id').where('orgId', '=', org.orgId).execute();
    expect(stored).toHaveLength(24);
    expect([...seen].sort()).toEqual(stored.map((g) => g.id).sort());
  });
});

function checkIn(personId: string) {
  const week = '2026-W06';
  return { id: checkInId(personId, week), personId, week, goals: [], submittedAt: '2026-02-06T16:00:00Z' };
}
