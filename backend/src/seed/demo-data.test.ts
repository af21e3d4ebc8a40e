import { beforeAll, describe, expect, it } from 'vitest';
import {
  CycleFields,
  MAX_PUSH_BATCH,
  MUTATIONS,
  PersonFields,
  TeamFields,
  ancestors,
  rollUp,
  type MutationArgs,
  type MutationName,
} from '@sightline/sdk/model';
import { buildDemoOrg, type DemoOrg } from './demo-data';

type Person = ReturnType<typeof PersonFields.parse>;
type GoalRow = MutationArgs<'goal.create'>;

/**
 * Replays the demo in batch order the way the server would: parse each args with its schema,
 * require every referenced id to exist already (created no later than the referring mutation),
 * and apply the demo's permission rules. Returns the rows the replay built.
 */
function replay(demo: DemoOrg, now: Date) {
  const persons = new Map(demo.persons.map((p) => [p.id, PersonFields.parse(p)]));
  const teams = new Map(demo.teams.map((t) => [t.id, TeamFields.parse(t)]));
  const createdAt = new Map<string, number>([...persons.keys(), ...teams.keys()].map((id) => [id, Number.NEGATIVE_INFINITY]));
  const goals = new Map<string, GoalRow>();
  const state = {
    cycles: [] as MutationArgs<'cycle.create'>[],
    metrics: [] as MutationArgs<'metric.create'>[],
    values: [] as MutationArgs<'metric.record'>[],
    requests: new Map<string, MutationArgs<'feedbackRequest.create'> & { requesterId: string; status: string }>(),
    actions: new Map<string, MutationArgs<'developmentAction.create'>>(),
    feedback: [] as Array<MutationArgs<'feedback.create'> & { authorId: string }>,
    checkIns: [] as MutationArgs<'checkin.submit'>[],
  };

  const isAdmin = (p: Person) => p.role === 'admin' || p.role === 'people_admin';
  const manages = (managerId: string, personId: string) => ancestors(personId, (id) => persons.get(id)?.managerId).includes(managerId);
  const mayEditGoal = (actor: Person, g: GoalRow) =>
    g.level === 'org'
      ? isAdmin(actor)
      : g.level === 'team'
        ? teams.get(g.teamId!)?.leadId === actor.id
        : g.ownerId === actor.id || manages(actor.id, g.ownerId!);

  for (const batch of demo.batches) {
    const actor = persons.get(batch.actorId);
    expect(actor, `batch actor ${batch.actorId}`).toBeDefined();
    expect(batch.mutations.length).toBeLessThanOrEqual(MAX_PUSH_BATCH);
    let previousAt = Number.NEGATIVE_INFINITY;
    for (const m of batch.mutations) {
      const label = `${m.name} by ${actor!.name} at ${m.at}`;
      const at = Date.parse(m.at);
      expect(at, `${label}: in the past`).toBeLessThan(now.getTime());
      expect(at, `${label}: in causal order within its batch`).toBeGreaterThanOrEqual(previousAt);
      previousAt = at;
      const parsed = MUTATIONS[m.name].safeParse(m.args);
      expect(parsed.error?.issues ?? [], label).toEqual([]);
      const refer = (id: string | null | undefined) => {
        if (!id) return;
        expect(createdAt.get(id), `${label}: refers to ${id}, which does not exist yet`).toBeLessThanOrEqual(at);
      };
      const allow = (allowed: boolean) => expect(allowed, `${label}: not allowed for this actor`).toBe(true);
      const create = (id: string) => {
        expect(createdAt.has(id), `${label}: id ${id} is not unique`).toBe(false);
        createdAt.set(id, at);
      };
      applyOne(m.name, parsed.data, { actor: actor!, at, refer, allow, create });
    }
  }

  function applyOne(name: MutationName, data: unknown, ctx: { actor: Person; at: number; refer: (id: string | null | undefined) => void; allow: (ok: boolean) => void; create: (id: string) => void }) {
    const { actor, at, refer, allow, create } = ctx;
    switch (name) {
      case 'cycle.create':
      case 'skill.create': {
        const args = data as MutationArgs<'cycle.create' | 'skill.create'>;
        allow(isAdmin(actor));
        create(args.id);
        if (name === 'cycle.create') state.cycles.push(args as MutationArgs<'cycle.create'>);
        return;
      }
      case 'goal.create': {
        const g = data as MutationArgs<'goal.create'>;
        [g.cycleId, g.ownerId, g.teamId, g.parentId].forEach(refer);
        allow(mayEditGoal(actor, g));
        create(g.id);
        goals.set(g.id, g);
        return;
      }
      case 'goal.update': {
        const { id, patch } = data as MutationArgs<'goal.update'>;
        refer(id);
        allow(mayEditGoal(actor, goals.get(id)!));
        goals.set(id, { ...goals.get(id)!, ...patch });
        return;
      }
      case 'metric.create': {
        const metric = data as MutationArgs<'metric.create'>;
        refer(metric.goalId);
        allow(mayEditGoal(actor, goals.get(metric.goalId)!));
        create(metric.id);
        state.metrics.push(metric);
        return;
      }
      case 'metric.record': {
        const value = data as MutationArgs<'metric.record'>;
        refer(value.metricId);
        const goal = goals.get(state.metrics.find((x) => x.id === value.metricId)!.goalId)!;
        allow(goal.ownerId === actor.id || (goal.teamId !== null && goal.teamId === actor.teamId));
        expect(Date.parse(value.at)).toBe(at);
        create(value.id);
        state.values.push(value);
        return;
      }
      case 'checkin.submit': {
        const c = data as MutationArgs<'checkin.submit'>;
        c.goals.forEach((g) => refer(g.goalId));
        allow(c.personId === actor.id);
        expect(Date.parse(c.submittedAt)).toBe(at);
        create(c.id);
        state.checkIns.push(c);
        return;
      }
      case 'feedback.create': {
        const f = data as MutationArgs<'feedback.create'>;
        [f.subjectId, f.goalId, f.requestId, ...f.skillIds].forEach(refer);
        allow(f.kind === 'self' ? f.subjectId === actor.id : f.subjectId !== actor.id);
        if (f.requestId) {
          const request = state.requests.get(f.requestId)!;
          allow(request.recipientId === actor.id && request.subjectId === f.subjectId && request.status === 'open');
          request.status = 'answered';
        }
        expect(Date.parse(f.createdAt)).toBe(at);
        create(f.id);
        state.feedback.push({ ...f, authorId: actor.id });
        return;
      }
      case 'feedbackRequest.create': {
        const r = data as MutationArgs<'feedbackRequest.create'>;
        [r.recipientId, r.subjectId].forEach(refer);
        allow(r.recipientId !== actor.id);
        create(r.id);
        state.requests.set(r.id, { ...r, requesterId: actor.id, status: 'open' });
        return;
      }
      case 'feedbackRequest.decline': {
        const { id } = data as MutationArgs<'feedbackRequest.decline'>;
        refer(id);
        const request = state.requests.get(id)!;
        allow(request.recipientId === actor.id && request.status === 'open');
        request.status = 'declined';
        return;
      }
      case 'developmentAction.create': {
        const a = data as MutationArgs<'developmentAction.create'>;
        [a.personId, a.skillId, a.goalId].forEach(refer);
        allow(a.personId === actor.id || manages(actor.id, a.personId));
        create(a.id);
        state.actions.set(a.id, a);
        return;
      }
      case 'developmentAction.update': {
        const { id } = data as MutationArgs<'developmentAction.update'>;
        refer(id);
        const personId = state.actions.get(id)!.personId;
        allow(personId === actor.id || manages(actor.id, personId));
        return;
      }
      default:
        throw new Error(`the demo should not use ${name} (unchecked here)`);
    }
  }

  return { persons, teams, goals: [...goals.values()], ...state };
}

const MID_QUARTER = new Date('2026-05-20T10:00:00Z');

describe('buildDemoOrg', () => {
  const demo = buildDemoOrg(MID_QUARTER);
  let replayed: ReturnType<typeof replay>;
  beforeAll(() => {
    replayed = replay(demo, MID_QUARTER);
  });

  it('is deterministic for the same now', () => {
    expect(buildDemoOrg(new Date(MID_QUARTER))).toEqual(demo);
  });

  it('keeps org, people and team ids across quarters and scopes quarter data by quarter', () => {
    const nextQuarter = buildDemoOrg(new Date('2026-08-20T10:00:00Z'));
    expect(nextQuarter.org).toEqual(demo.org);
    expect(nextQuarter.persons).toEqual(demo.persons);
    expect(nextQuarter.teams).toEqual(demo.teams);
    const goalIds = (d: DemoOrg) => d.batches.flatMap((b) => b.mutations.filter((m) => m.name === 'goal.create').map((m) => (m.args as { id: string }).id));
    expect(goalIds(nextQuarter).filter((id) => goalIds(demo).includes(id))).toEqual([]);
  });

  it('is the Northwind org with ~30 people in a leadership team and three more', () => {
    expect(demo.org).toMatchObject({ name: 'Northwind Support & Sales', slug: 'northwind' });
    expect(demo.persons.length).toBeGreaterThanOrEqual(28);
    expect(demo.persons.length).toBeLessThanOrEqual(32);
    expect(demo.teams.map((t) => t.name).sort()).toEqual(['Customer Success', 'Customer Support', 'Leadership', 'Sales']);
    expect(new Set(demo.persons.map((p) => p.email)).size).toBe(demo.persons.length);
    for (const p of replayed.persons.values()) expect(replayed.teams.has(p.teamId!), p.name).toBe(true);
    for (const t of replayed.teams.values()) expect(replayed.persons.get(t.leadId!)?.teamId, t.name).toBe(t.id);
  });

  it('has one admin, one people admin, and a manager chain without loops that ends at the CEO', () => {
    const persons = [...replayed.persons.values()];
    expect(persons.filter((p) => p.role === 'admin').map((p) => p.title)).toEqual(['Chief Executive Officer']);
    expect(persons.filter((p) => p.role === 'people_admin').map((p) => p.title)).toEqual(['Head of People']);
    const ceo = persons.find((p) => p.role === 'admin')!;
    for (const p of persons) {
      const chain = ancestors(p.id, (id) => replayed.persons.get(id)?.managerId); // throws on a loop
      if (p.id !== ceo.id) expect(chain.at(-1), p.name).toBe(ceo.id);
      for (const managerId of chain) expect(replayed.persons.has(managerId)).toBe(true);
    }
    const managers = new Set(persons.map((p) => p.managerId));
    for (const p of persons.filter((x) => x.role === 'manager')) expect(managers.has(p.id), `${p.name} has reports`).toBe(true);
    expect(persons.some((p) => p.managerId && replayed.persons.get(p.managerId)?.managerId !== ceo.id && p.managerId !== ceo.id)).toBe(true);
  });

  it('creates one cycle: the calendar quarter containing now', () => {
    expect(replayed.cycles).toEqual([expect.objectContaining({ kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-06-30', name: 'Q2 2026' })]);
  });

  it('cascades org -> team -> person goals, with org/team visibility and a couple private', () => {
    const byLevel = (level: string) => replayed.goals.filter((g) => g.level === level);
    expect(byLevel('org').length).toBeGreaterThanOrEqual(2);
    expect(byLevel('org').length).toBeLessThanOrEqual(3);
    for (const g of byLevel('team')) expect(replayed.goals.find((p) => p.id === g.parentId)?.level).toBe('org');
    const aligned = byLevel('person').filter((g) => g.parentId);
    expect(aligned.length).toBeGreaterThanOrEqual(5);
    for (const g of aligned) expect(replayed.goals.find((p) => p.id === g.parentId)?.level).toBe('team');
    const visibilities = replayed.goals.map((g) => g.visibility);
    expect(visibilities.filter((v) => v === 'private').length).toBeGreaterThanOrEqual(2);
    expect(visibilities.filter((v) => v !== 'private').length).toBeGreaterThan(visibilities.length / 2);
  });

  it('has leading and lagging KPIs, including a decrease and a hold', () => {
    const { metrics } = replayed;
    expect(new Set(metrics.map((m) => m.indicator))).toEqual(new Set(['leading', 'lagging']));
    expect(new Set(metrics.map((m) => m.direction))).toEqual(new Set(['increase', 'decrease', 'hold']));
    for (const goal of replayed.goals.filter((g) => g.level !== 'person')) expect(metrics.some((m) => m.goalId === goal.id)).toBe(true);
  });

  it('marks the KPIs that count things done with `counts`, so one-click logging offers them, and no others', () => {
    const counting = replayed.metrics.filter((m) => m.counts).map((m) => m.name);
    expect(counting).toEqual(expect.arrayContaining(['Qualified meetings booked this week', 'Health checks run', 'Deals closed won']));
    const measured = replayed.metrics.filter((m) => !m.counts).map((m) => m.name);
    expect(measured).toEqual(expect.arrayContaining(['Net new ARR', 'Median first response time', 'Open ticket backlog', 'Customer satisfaction (CSAT)']));
  });

  it('records weekly KPI history, some of it with a host-record context', () => {
    for (const metric of replayed.metrics) {
      expect(replayed.values.filter((v) => v.metricId === metric.id).length, metric.name).toBe(7); // Fridays Apr 3 .. May 15
    }
    const tools = new Set(replayed.values.flatMap((v) => (v.context ? [v.context.tool] : [])));
    expect(tools).toEqual(new Set(['zendesk', 'salesforce', 'hubspot']));
  });

  it('rolls up to a mix of on track, at risk and off track', () => {
    const progress = rollUp({ goals: replayed.goals, metrics: replayed.metrics, values: replayed.values, cycles: replayed.cycles, now: MID_QUARTER });
    const statuses = [...progress.values()].map((p) => p.status);
    for (const status of ['on_track', 'at_risk', 'off_track'] as const) expect(statuses.filter((s) => s === status).length).toBeGreaterThanOrEqual(3);
    for (const { progress: p } of progress.values()) if (p !== null) expect(p).toBeGreaterThanOrEqual(0);
  });

  it('has a few weeks of check-ins per goal owner, with confidence for each of their goals', () => {
    const owners = new Set(replayed.goals.map((g) => g.ownerId));
    for (const owner of owners) {
      const mine = replayed.checkIns.filter((c) => c.personId === owner);
      expect(mine.length, replayed.persons.get(owner!)?.name).toBeGreaterThanOrEqual(3);
      const goalIds = replayed.goals.filter((g) => g.ownerId === owner).map((g) => g.id);
      for (const c of mine) expect(c.goals.map((g) => g.goalId).sort()).toEqual(goalIds.sort());
    }
    expect(replayed.checkIns.some((c) => c.barriers && c.supportNeeded && c.learningAction)).toBe(true);
  });

  it('has feedback of every kind and visibility between colleagues, with contexts and skills', () => {
    const { feedback } = replayed;
    expect(new Set(feedback.map((f) => f.kind))).toEqual(new Set(['praise', 'coaching', 'observation', 'self']));
    expect(new Set(feedback.map((f) => f.visibility))).toEqual(new Set(['private', 'manager', 'subject', 'org']));
    expect(feedback.filter((f) => f.kind === 'praise').every((f) => f.visibility !== 'private')).toBe(true);
    expect(feedback.some((f) => f.kind === 'praise' && f.visibility === 'org')).toBe(true);
    expect(feedback.some((f) => f.context?.tool === 'zendesk' && f.skillIds.length > 0)).toBe(true);
    expect(feedback.some((f) => f.requestId)).toBe(true);
  });

  it('has development actions and feedback requests in every state', () => {
    expect(replayed.actions.size).toBeGreaterThanOrEqual(3);
    expect(new Set([...replayed.requests.values()].map((r) => r.status))).toEqual(new Set(['open', 'answered', 'declined']));
  });

  it.each([
    ['30 minutes into a quarter', '2026-07-01T00:30:00Z'],
    ['the last hour of a year', '2026-12-31T23:00:00Z'],
    ['a quarter starting on a Friday', '2027-01-08T12:00:00Z'],
  ])('stays valid, allowed and causal at %s', (_, iso) => {
    const now = new Date(iso);
    const { cycles } = replay(buildDemoOrg(now), now);
    const cycle = CycleFields.parse(cycles[0]);
    expect(cycle.startsOn <= iso.slice(0, 10) && iso.slice(0, 10) <= cycle.endsOn).toBe(true);
  });
});
