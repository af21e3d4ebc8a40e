import { sql } from 'kysely';
import { expect, it, vi } from 'vitest';
import { TABLES, TABLE_NAMES, uuidv7 } from '@sightline/sdk/model';
import { createOrgFixture, type OrgFixture } from '../../test/helpers/org-fixture';
import { call, type Call, type SyncClient } from '../../test/helpers/sync-client';
import { describeStorage } from '../../test/helpers/storage';
import { readOrgCounters } from '../orgs/orgs';
import { applyPush } from '../sync/push';
import { startPurgeSchedule } from './purge-schedule';
import { purgeTombstones } from './purge-tombstones';

const OLD = new Date('2026-01-05T10:00:00Z');
const CUTOFF = new Date('2026-02-01T00:00:00Z');
const RECENT = new Date('2026-03-01T10:00:00Z');

const ids = (rows: Array<Record<string, unknown>> | undefined) => (rows ?? []).map((r) => r.id as string).sort();

describeStorage('tombstone purge', (ctx) => {
  /** Pushes as if the server clock read `now` (that is what stamps deleted_at), all applied. */
  async function pushAt(client: SyncClient, now: Date, calls: readonly Call[]) {
    const res = await applyPush(ctx.database.db, client.principal, { clientId: client.clientId, mutations: client.mutations(calls) }, now);
    expect(res.results.map((r) => r.reason)).toEqual(calls.map(() => null));
    return res;
  }

  /** `table:id` of the org's rows, live or tombstoned, across every synced table. */
  async function rowsOf(orgId: string, which: 'live' | 'tombstones'): Promise<string[]> {
    const found: string[] = [];
    for (const name of TABLE_NAMES) {
      const { rows } = await sql<{ id: string }>`select id from ${sql.table(TABLES[name].sql)}
        where org_id = ${orgId} and deleted_at is ${which === 'live' ? sql`null` : sql`not null`}`.execute(ctx.database.db);
      found.push(...rows.map((r) => `${name}:${r.id}`));
    }
    return found.sort();
  }

  const feedbackAbout = (org: OrgFixture, id: string, body: string) =>
    call('feedback.create', { id, subjectId: org.ids.bob, kind: 'praise', body, visibility: 'subject', createdAt: OLD.toISOString() });

  it('purges old tombstones only, raises the floor to the newest purged version, and resets only cursors below it', async () => {
    const org = await createOrgFixture(ctx.database);
    const untouched = await createOrgFixture(ctx.database, 'quiet');
    const alice = org.client('alice');
    const [goalId, metricId, valueId] = [uuidv7(), uuidv7(), uuidv7()];
    const [deletedFeedback, keptFeedback, recentFeedback, newFeedback] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    await pushAt(alice, OLD, [
      call('goal.create', { id: goalId, cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, title: 'Ship the FAQ', visibility: 'org' }),
      call('metric.create', { id: metricId, goalId, name: 'Articles', indicator: 'leading', baseline: 0, target: 20, direction: 'increase' }),
      call('metric.record', { id: valueId, metricId, value: 4, at: OLD.toISOString() }),
      feedbackAbout(org, deletedFeedback, 'Great handover'),
      feedbackAbout(org, keptFeedback, 'Clear escalation notes'),
    ]);
    const stale = org.client('bob');
    await stale.pull();
    // The goal delete tombstones the goal, its metric and the metric's value: foreign keys between tombstones.
    const oldDeletes = await pushAt(alice, OLD, [call('goal.delete', { id: goalId }), call('feedback.delete', { id: deletedFeedback })]);
    await pushAt(alice, RECENT, [feedbackAbout(org, recentFeedback, 'Thanks for the cover'), call('feedback.delete', { id: recentFeedback })]);
    const fresh = org.client('bob');
    await fresh.pull();
    const liveBefore = await rowsOf(org.orgId, 'live');

    const results = await purgeTombstones(ctx.database.db, { olderThan: CUTOFF });
    expect(results.find((r) => r.orgId === org.orgId)).toEqual({ orgId: org.orgId, purged: 4, tombstoneFloor: oldDeletes.version });
    expect(results.find((r) => r.orgId === untouched.orgId)).toEqual({ orgId: untouched.orgId, purged: 0, tombstoneFloor: 0 });
    expect(await rowsOf(org.orgId, 'tombstones')).toEqual([`feedback:${recentFeedback}`]);
    expect(await rowsOf(org.orgId, 'live')).toEqual(liveBefore);

    await pushAt(alice, RECENT, [feedbackAbout(org, newFeedback, 'Nice save on the outage')]);
    const delta = await fresh.pull();
    expect(delta.reset).toBe(false);
    expect(Object.keys(delta.changes)).toEqual(['feedback']);
    expect(delta.changes.feedback).toEqual({ upserts: [expect.objectContaining({ id: newFeedback })], deletes: [] });

    const reset = await stale.pull();
    expect(reset.reset).toBe(true);
    expect(ids(reset.changes.feedback?.upserts)).toEqual([keptFeedback, newFeedback].sort());
    expect(ids(reset.changes.goals?.upserts)).toEqual([]);
    expect(ids(reset.changes.metricValues?.upserts)).toEqual([]);
    expect((await stale.pull()).reset).toBe(false);

    // Nothing left to purge: the floor stays where it is.
    const again = await purgeTombstones(ctx.database.db, { olderThan: CUTOFF });
    expect(again.find((r) => r.orgId === org.orgId)).toEqual({ orgId: org.orgId, purged: 0, tombstoneFloor: oldDeletes.version });
  });

  it('refuses to purge a tombstone a live row still points at, and still purges the other orgs', async () => {
    const broken = await createOrgFixture(ctx.database, 'broken');
    const healthy = await createOrgFixture(ctx.database, 'healthy');
    const [goalId, metricId, feedbackId] = [uuidv7(), uuidv7(), uuidv7()];
    const owner = broken.client('alice');
    await pushAt(owner, OLD, [
      call('goal.create', { id: goalId, cycleId: broken.cycleId, level: 'person', ownerId: broken.ids.alice, title: 'Orphan-to-be' }),
      call('metric.create', { id: metricId, goalId, name: 'Calls', indicator: 'leading', baseline: 0, target: 5, direction: 'increase' }),
    ]);
    // No mutation leaves a live metric under a deleted goal; a bug or a manual edit could.
    const db = ctx.database.db;
    await db.updateTable('goals').set({ deletedAt: OLD.toISOString() }).where('orgId', '=', broken.orgId).where('id', '=', goalId).execute();
    const writer = healthy.client('alice');
    await pushAt(writer, OLD, [feedbackAbout(healthy, feedbackId, 'Solid demo')]);
    const deleted = await pushAt(writer, OLD, [call('feedback.delete', { id: feedbackId })]);
    try {
      const failure = await purgeTombstones(db, { olderThan: CUTOFF }).then(() => null, (error: unknown) => error);
      expect(failure).toBeInstanceOf(AggregateError);
      expect((failure as AggregateError).errors.map((e: Error) => e.message)).toEqual([expect.stringContaining(`org ${broken.orgId}:`)]);
      expect(await rowsOf(broken.orgId, 'tombstones')).toEqual([`goals:${goalId}`]);
      expect((await readOrgCounters(db, broken.orgId))?.tombstoneFloor).toBe(0);
      expect(await rowsOf(healthy.orgId, 'tombstones')).toEqual([]);
      expect((await readOrgCounters(db, healthy.orgId))?.tombstoneFloor).toBe(deleted.version);
    } finally {
      // The suite shares the database: leave no broken org behind for the other tests.
      await db.updateTable('goals').set({ deletedAt: null }).where('orgId', '=', broken.orgId).execute();
    }
  });

  it('runs from the schedule, with the retention counted back from the clock', async () => {
    const org = await createOrgFixture(ctx.database);
    const alice = org.client('alice');
    const feedbackId = uuidv7();
    await pushAt(alice, OLD, [feedbackAbout(org, feedbackId, 'Quick turnaround')]);
    const deleted = await pushAt(alice, OLD, [call('feedback.delete', { id: feedbackId })]);
    const retentionDays = 30;
    const purge = startPurgeSchedule(ctx.database.db, { retentionDays, intervalMinutes: 60 }, () => new Date(CUTOFF.getTime() + retentionDays * 86_400_000));
    try {
      await vi.waitFor(async () => expect((await readOrgCounters(ctx.database.db, org.orgId))?.tombstoneFloor).toBe(deleted.version));
      expect(await rowsOf(org.orgId, 'tombstones')).toEqual([]);
    } finally {
      await purge.stop();
    }
  });
});
