import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInId, rollUp, uuidv7, type Goal } from '../../model';
import type { SightlineDb } from '../db';
import { mutate } from '../local/mutate';
import { patchMeta } from '../meta';
import { ADA, CYCLE_ID, TEAM_ID, cycleArgs, goalArgs, openTestDb, person, serverGoal } from '../testing/fixtures';
import { runQuery } from '../watch';
import type { GoalNode } from '../../client';
import type { QueryContext } from './context';
import { withoutParentLoops } from '../../views/goal-tree-view';

const NOW = new Date('2026-05-16T12:00:00Z');
const ctx: QueryContext = { now: () => NOW, local: { get: () => ({ leader: true, online: false, openedAt: NOW.toISOString() }), subscribe: () => () => {} } };
const BO = person('Bo', { teamId: null });

let db: SightlineDb;
beforeEach(async () => {
  db = await openTestDb();
  await db.rows('persons').bulkPut([ADA, BO]);
  await mutate(db, 'cycle.create', cycleArgs);
});
afterEach(() => db.delete());

const metricArgs = (goalId: string, over: object = {}) => ({
  id: uuidv7(),
  goalId,
  name: 'Tickets solved',
  indicator: 'lagging' as const,
  baseline: 0,
  target: 100,
  direction: 'increase' as const,
  ...over,
});
const record = (metricId: string, value: number, at: string) => mutate(db, 'metric.record', { id: uuidv7(), metricId, value, at });

describe('goalTree', () => {
  it('nests the cascade with rolled-up progress, KPIs, people and pending flags', async () => {
    const org = serverGoal({ title: 'Org' });
    await db.rows('goals').put(org);
    const team = goalArgs({ title: 'Team', level: 'team', teamId: TEAM_ID, parentId: org.id });
    const mine = goalArgs({ title: 'Mine', level: 'person', ownerId: ADA.id, parentId: team.id, weight: 3 });
    await mutate(db, 'goal.create', team);
    await mutate(db, 'goal.create', mine);
    const metric = metricArgs(mine.id);
    await mutate(db, 'metric.create', metric);
    await record(metric.id, 30, '2026-05-01T09:00:00+02:00');
    await record(metric.id, 60, '2026-05-01T08:00:00Z');

    const [root, ...others] = await runQuery(db, 'goalTree', {}, ctx);
    expect(others).toEqual([]);
    expect(root).toMatchObject({ goal: { id: org.id }, pending: false, owner: null });
    const teamNode = root!.children[0]!;
    expect(teamNode).toMatchObject({ goal: { id: team.id }, team: null, pending: true });
    const mineNode = teamNode.children[0]!;
    expect(mineNode).toMatchObject({ owner: { id: ADA.id }, pending: true });
    expect(mineNode.kpis).toHaveLength(1);
    // 08:00Z is later than 09:00+02:00, so 60 is the current value.
    expect(mineNode.kpis[0]).toMatchObject({ current: 60, progress: 0.6, history: [{ value: 30 }, { value: 60 }] });

    // A sibling at 20 of 100 with weight 1 beside Mine (60 of 100, weight 3): Team = (3 × 0.6 + 1 × 0.2) / 4 = 0.5.
    const theirs = goalArgs({ title: 'Theirs', level: 'person', ownerId: BO.id, parentId: team.id });
    await mutate(db, 'goal.create', theirs);
    const theirMetric = metricArgs(theirs.id);
    await mutate(db, 'metric.create', theirMetric);
    await record(theirMetric.id, 20, '2026-05-02T08:00:00Z');

    // The cycle runs 1 April 00:00 to 30 June 23:59:59 UTC; at 16 May 12:00, 45.5 of its 91 days (less a second) are gone.
    const pace = (45.5 * 86_400) / (91 * 86_400 - 1);
    const byTitle = new Map<string, unknown>();
    const visit = (node: GoalNode) => {
      byTitle.set(node.goal.title, { progress: node.progress, expected: node.expected, status: node.status });
      node.children.forEach(visit);
    };
    (await runQuery(db, 'goalTree', {}, ctx)).forEach(visit);
    const near = (x: number) => expect.closeTo(x, 12);
    expect(Object.fromEntries(byTitle)).toEqual({
      Org: { progress: near(0.5), expected: near(pace), status: 'on_track' },
      Team: { progress: near(0.5), expected: near(pace), status: 'on_track' },
      Mine: { progress: near(0.6), expected: near(pace), status: 'on_track' },
      // 0.3 behind the pace: more than the 0.25 that marks a goal off track.
      Theirs: { progress: near(0.2), expected: near(pace), status: 'off_track' },
    });
  });

  it('filters roots and shows each matching goal once, under its highest matching ancestor', async () => {
    const parent = goalArgs({ title: 'Team A', level: 'team', teamId: TEAM_ID });
    const child = goalArgs({ title: 'Team A, part', level: 'team', teamId: TEAM_ID, parentId: parent.id });
    const bos = goalArgs({ title: 'Bo’s', level: 'person', ownerId: BO.id });
    for (const g of [parent, child, bos]) await mutate(db, 'goal.create', g);

    const titles = async (filter: object) => (await runQuery(db, 'goalTree', filter, ctx)).map((n) => n.goal.title);
    expect(await titles({ teamId: TEAM_ID })).toEqual(['Team A']);
    expect(await titles({ scope: 'me' })).toEqual(['Team A']);
    expect(await titles({ ownerId: BO.id })).toEqual(['Bo’s']);
    expect(await titles({ level: 'person', cycleId: CYCLE_ID })).toEqual(['Bo’s']);
    expect(await titles({ cycleId: uuidv7() })).toEqual([]);
  });

  it('cuts a parent loop instead of failing', () => {
    const a = serverGoal();
    const b = serverGoal({ parentId: a.id });
    const looped: Goal[] = [{ ...a, parentId: b.id }, b];
    const fixed = withoutParentLoops(looped);
    expect(fixed.filter((g) => g.parentId === null)).toHaveLength(1);
    expect(() => rollUp({ goals: fixed, metrics: [], values: [], cycles: [], now: NOW })).not.toThrow();
  });
});

describe('kpi', () => {
  it('shows current value, progress, pace and at most a year of history, oldest first', async () => {
    const goal = goalArgs({ dueOn: '2026-06-30' });
    await mutate(db, 'goal.create', goal);
    const metric = metricArgs(goal.id, { target: 300 });
    await mutate(db, 'metric.create', metric);
    expect(await runQuery(db, 'kpi', { metricId: metric.id }, ctx)).toMatchObject({ current: null, progress: 0, status: null, history: [] });

    const base = Date.parse('2025-05-01T00:00:00Z');
    for (let week = 0; week < 55; week++) await record(metric.id, week, new Date(base + week * 7 * 864e5).toISOString());
    const view = (await runQuery(db, 'kpi', { metricId: metric.id }, ctx))!;
    expect(view.history).toHaveLength(52);
    expect(view.history[0]!.value).toBe(3);
        // Half the window has passed (expected 0.5) but 54 of 300 is 0.18: more than 0.25 behind.
    expect(view).toMatchObject({ current: 54, progress: 0.18, goal: { id: goal.id }, status: 'off_track' });
    expect(await runQuery(db, 'kpi', { metricId: uuidv7() }, ctx)).toBeNull();
  });
});

describe('feedback', () => {
  it('filters by subject and author, newest first, limited, with people and pending flags', async () => {
    const give = (subjectId: string, createdAt: string, body: string) =>
      mutate(db, 'feedback.create', { id: uuidv7(), subjectId, kind: 'praise', body, createdAt });
    await give(BO.id, '2026-05-01T10:00:00Z', 'first');
    await give(BO.id, '2026-05-01T10:30:00+01:00', 'second');
    await give(BO.id, '2026-05-02T09:00:00Z', 'third');
    await give(ADA.id, '2026-05-03T09:00:00Z', 'self');
    await db.outbox.clear();
    await db.shadows.clear();
    await give(BO.id, '2026-05-04T09:00:00Z', 'pending');

    const about = await runQuery(db, 'feedback', { aboutId: BO.id, limit: 3 }, ctx);
    expect(about.map((f) => f.feedback.body)).toEqual(['pending', 'third', 'first']);
    expect(about.map((f) => f.pending)).toEqual([true, false, false]);
    expect(about[0]).toMatchObject({ author: { id: ADA.id }, subject: { id: BO.id } });
    expect((await runQuery(db, 'feedback', { authorId: ADA.id, aboutId: ADA.id }, ctx)).map((f) => f.feedback.body)).toEqual(['self']);
    expect(await runQuery(db, 'feedback', {}, ctx)).toHaveLength(5);
  });

  it('with recognition, keeps only praise shared with the whole org', async () => {
    const give = (kind: 'praise' | 'coaching', visibility: 'org' | 'subject', body: string) =>
      mutate(db, 'feedback.create', { id: uuidv7(), subjectId: BO.id, kind, visibility, body, createdAt: '2026-05-01T10:00:00Z' });
    await give('praise', 'org', 'shout-out');
    await give('praise', 'subject', 'thanks, between us');
    await give('coaching', 'org', 'open coaching');
    expect((await runQuery(db, 'feedback', { recognition: true }, ctx)).map((f) => f.feedback.body)).toEqual(['shout-out']);
    expect(await runQuery(db, 'feedback', { aboutId: BO.id }, ctx)).toHaveLength(3);
  });
});

describe('checkIn', () => {
  it('returns the week’s check-in of me and the active goals it asks about', async () => {
    const owned = goalArgs({ level: 'person', ownerId: ADA.id });
    const teams = goalArgs({ level: 'team', teamId: TEAM_ID });
    const draft = goalArgs({ level: 'person', ownerId: ADA.id, status: 'draft' });
    const bos = goalArgs({ level: 'person', ownerId: BO.id, teamId: TEAM_ID });
    for (const g of [owned, teams, draft, bos]) await mutate(db, 'goal.create', g);

    const empty = await runQuery(db, 'checkIn', { week: '2026-W20' }, ctx);
    expect(empty).toMatchObject({ week: '2026-W20', checkIn: null, pending: false });
    expect(empty.goals.map((g) => g.id)).toEqual([owned.id, teams.id]);

    const id = checkInId(ADA.id, '2026-W20');
    await mutate(db, 'checkin.submit', { id, personId: ADA.id, week: '2026-W20', goals: [{ goalId: owned.id, confidence: 7 }], submittedAt: NOW.toISOString() });
    expect(await runQuery(db, 'checkIn', { week: '2026-W20' }, ctx)).toMatchObject({ checkIn: { id, goals: [{ confidence: 7 }] }, pending: true });
  });
});

describe('checkIns', () => {
  it('returns the asked people’s check-ins in the asked weeks only, oldest week first', async () => {
    const submit = (personId: string, week: string) =>
      db.rows('checkIns').put({ id: checkInId(personId, week), personId, week, goals: [], barriers: null, supportNeeded: null, learningAction: null, submittedAt: NOW.toISOString(), orgId: ADA.orgId, version: 1, updatedAt: NOW.toISOString() });
    await submit(BO.id, '2026-W20');
    await submit(BO.id, '2026-W19');
    await submit(BO.id, '2026-W10');
    await submit(ADA.id, '2026-W20');
    const rows = await runQuery(db, 'checkIns', { personIds: [BO.id], weeks: ['2026-W19', '2026-W20'] }, ctx);
    expect(rows.map((c) => [c.personId, c.week])).toEqual([
      [BO.id, '2026-W19'],
      [BO.id, '2026-W20'],
    ]);
  });
});

describe('cycles', () => {
  it('lists cycles with the latest start first', async () => {
    await mutate(db, 'cycle.create', { id: uuidv7(), name: 'Q3 2026', kind: 'quarter', startsOn: '2026-07-01', endsOn: '2026-09-30' });
    expect((await runQuery(db, 'cycles', {}, ctx)).map((c) => c.name)).toEqual(['Q3 2026', 'Q2 2026']);
  });
});

describe('sync and lists', () => {
  it('reports pending work, rejections in seq order and this tab’s role', async () => {
    await db.rejections.bulkPut([
      { mutationId: 'b', seq: 9, name: 'goal.update', reason: 'later', args: {}, at: NOW.toISOString() },
      { mutationId: 'a', seq: 2, name: 'goal.create', reason: 'earlier', args: {}, at: NOW.toISOString() },
    ]);
    const state = await runQuery(db, 'sync', {}, ctx);
    expect(state).toMatchObject({ signedIn: true, online: false, leader: true, pending: 1, lastSyncedAt: null, error: null });
    expect(state.rejected.map((r) => r.reason)).toEqual(['earlier', 'later']);
  });

  it('counts as synced since start only once a pull has finished after this client opened the database', async () => {
    const synced = async () => (await runQuery(db, 'sync', {}, ctx)).syncedSinceStart;
    expect(await synced()).toBe(false);
    await patchMeta(db, 'sync', { lastSyncedAt: new Date(NOW.getTime() - 60_000).toISOString() });
    expect(await synced()).toBe(false);
    await patchMeta(db, 'sync', { lastSyncedAt: NOW.toISOString() });
    expect(await synced()).toBe(true);
  });

  it('lists people, teams and skills by name, and resolves me from the synced row', async () => {
    await db.rows('persons').put({ ...ADA, title: 'Lead' });
    expect((await runQuery(db, 'people', {}, ctx)).map((p) => p.name)).toEqual(['Ada', 'Bo']);
    expect(await runQuery(db, 'me', {}, ctx)).toMatchObject({ id: ADA.id, title: 'Lead' });
    await mutate(db, 'skill.create', { id: uuidv7(), name: 'Negotiation' });
    await mutate(db, 'skill.create', { id: uuidv7(), name: 'Listening' });
    expect((await runQuery(db, 'skills', {}, ctx)).map((s) => s.name)).toEqual(['Listening', 'Negotiation']);
    expect(await runQuery(db, 'teams', {}, ctx)).toEqual([]);
  });
});
