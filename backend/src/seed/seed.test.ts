import { expect, it } from 'vitest';
import { uuidv7, type MutationName } from '@sightline/sdk/model';
import { describeStorage } from '../../test/helpers/storage';
import { pullChanges } from '../sync/pull';
import { personPrincipal } from '../auth/principal';
import { buildDemoOrg, type DemoOrg } from './demo-data';
import { seedDemo, seedOrg } from './seed';

function tinyOrg(goalTitle: string): DemoOrg {
  const [orgId, lead, agent, team, cycle] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
  const at = '2026-01-05T09:00:00Z';
  return {
    org: { id: orgId, name: 'Tiny', slug: `tiny-${orgId.slice(-8)}` },
    teams: [{ id: team, name: 'Support', leadId: lead }],
    persons: [
      { id: lead, name: 'Lea Lead', email: `lea@${orgId}.test`, role: 'admin', teamId: team },
      { id: agent, name: 'Al Agent', email: `al@${orgId}.test`, managerId: lead, teamId: team },
    ],
    batches: [
      { actorId: lead, mutations: [{ name: 'cycle.create', args: { id: cycle, name: 'Q1', kind: 'quarter', startsOn: '2026-01-01', endsOn: '2026-03-31' }, at }] },
      { actorId: agent, mutations: [{ name: 'goal.create', args: { id: uuidv7(), cycleId: cycle, level: 'person', ownerId: agent, title: goalTitle }, at }] },
    ],
  };
}

describeStorage('seed', (ctx) => {
  it('imports the people and pushes each batch as its actor', async () => {
    const demo = tinyOrg('Close 40 tickets a week');
    const seeded = await seedOrg(ctx.database, demo);
    expect(seeded).toEqual({ orgId: demo.org.id, slug: demo.org.slug, applied: 2 });
    const goals = await ctx.database.db.selectFrom('goals').select(['title', 'ownerId']).where('orgId', '=', demo.org.id).execute();
    expect(goals).toEqual([{ title: 'Close 40 tickets a week', ownerId: demo.persons[1]!.id }]);
    const clients = await ctx.database.db.selectFrom('syncClients').select(['personId', 'lastSeq']).where('orgId', '=', demo.org.id).orderBy('createdAt').execute();
    expect(clients).toEqual([
      { personId: demo.persons[0]!.id, lastSeq: 1 },
      { personId: demo.persons[1]!.id, lastSeq: 1 },
    ]);
  });

  it('fails loudly, naming the mutation and reason, when a batch is rejected', async () => {
    const demo = tinyOrg('   ');
    await expect(seedOrg(ctx.database, demo)).rejects.toThrow(/seed batch 1 .*\n {2}seq 1 goal\.create: rejected args\.title: must not be empty/);
  });

  it('leaves nothing behind when stopped mid-seed, so the next start seeds the whole org again', async () => {
    const demo = tinyOrg('   ');
    await expect(seedOrg(ctx.database, demo)).rejects.toThrow(/seed batch 1/);
    const db = ctx.database.db;
    expect(await db.selectFrom('orgs').select('id').where('id', '=', demo.org.id).execute()).toEqual([]);
    expect(await db.selectFrom('persons').select('id').where('orgId', '=', demo.org.id).execute()).toEqual([]);
    expect(await db.selectFrom('cycles').select('id').where('orgId', '=', demo.org.id).execute()).toEqual([]);
    expect(await db.selectFrom('syncClients').select('clientId').where('orgId', '=', demo.org.id).execute()).toEqual([]);

    const retried = await seedOrg(ctx.database, { ...demo, batches: demo.batches.slice(0, 1) });
    expect(retried.applied).toBe(1);
  });

  it('seeds the full demo org with nothing rejected', async () => {
    const now = new Date('2026-03-15T12:00:00Z');
    const seeded = await seedDemo(ctx.database, now);
    // Counted from the demo's own definition, not from what the seed reports.
    const calls = buildDemoOrg(now).batches.flatMap((b) => b.mutations);
    const count = (name: MutationName) => calls.filter((m) => m.name === name).length;
    expect(seeded.applied).toBe(calls.length);
    const admin = await ctx.database.db.selectFrom('persons').select(['id', 'role']).where('orgId', '=', seeded.orgId).where('role', '=', 'admin').executeTakeFirstOrThrow();
    const snapshot = await pullChanges(ctx.database.db, personPrincipal(seeded.orgId, admin.id, admin.role), { clientId: uuidv7() });
    expect(snapshot.changes.goals!.upserts).toHaveLength(count('goal.create') - count('goal.delete'));
    expect(snapshot.changes.metricValues!.upserts).toHaveLength(count('metric.record'));
    // Seeding the whole demo org takes a while on a busy machine.
  }, 120_000);
});
