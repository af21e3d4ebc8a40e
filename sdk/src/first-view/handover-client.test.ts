import { describe, expect, it } from 'vitest';
import type { FirstViewQuery, FirstViewResponse } from '../model';
import type { GoalNode, KpiView, SyncState } from '../client';
import { FakeClient } from '../widgets/testing/fake-client';
import { NOW, sampleOrg } from '../widgets/testing/fixtures';
import { eventually } from '../widgets/testing/mount';
import { composeFirstView } from './compose';
import { createHandoverClient } from './handover-client';

const org = sampleOrg();
const firstView: FirstViewResponse = { me: org.me, rows: org.rows };
const titles = (nodes: GoalNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.goal.title, titles(n.children)] : n.goal.title));

/** A handover whose first-view requests the test answers by hand. */
function handover() {
  const requests: Array<{ request: FirstViewQuery[]; answer(view: FirstViewResponse): void }> = [];
  const client = createHandoverClient({
    load: (request) => new Promise((answer) => requests.push({ request, answer })),
    compose: async () => composeFirstView,
  });
  return { client, requests };
}

describe('the handover client', () => {
  it('answers the watches of one moment with one first-view request, then hands them to the engine in place', async () => {
    const { client, requests } = handover();
    const goals: GoalNode[][] = [];
    const kpis: Array<KpiView | null> = [];
    const syncs: SyncState[] = [];
    await client.watch('goalTree', { scope: 'me' }, (tree) => goals.push(tree));
    await client.watch('kpi', { metricId: org.csat.id }, (kpi) => kpis.push(kpi));
    await client.watch('sync', {}, (state) => syncs.push(state));
    await eventually(() => expect(requests).toHaveLength(1));
    // The sync state is the engine's alone: it is not asked for.
    expect(requests[0]!.request).toEqual([
      { query: 'goalTree', params: { scope: 'me' } },
      { query: 'kpi', params: { metricId: org.csat.id } },
    ]);
    requests[0]!.answer(firstView);
    await eventually(() => expect(kpis).toHaveLength(1));
    expect(titles(goals[0]!)).toEqual([['Resolve tickets faster', ['Master the billing product', 'Write help-centre articles']]]);
    expect(kpis[0]).toMatchObject({ metric: { id: org.csat.id }, current: 86, history: [{ value: 82 }, { value: 84 }, { value: 86 }] });
    expect(syncs).toEqual([]);

    const engine = new FakeClient(structuredClone(org.rows), org.me.id, NOW);
    client.attach(engine);
    await eventually(() => expect(syncs).toHaveLength(1));
    expect(goals).toHaveLength(2);
    expect(titles(goals[1]!)).toEqual(titles(goals[0]!));
    // From now on the engine's changes arrive, and new watches go straight to it.
    engine.replace('goals', engine.rows.goals.map((g) => (g.id === org.billing.id ? { ...g, title: 'Own billing' } : g)));
    await eventually(() => expect(titles(goals.at(-1)!)).toEqual([['Resolve tickets faster', ['Own billing', 'Write help-centre articles']]]));
    await client.watch('me', {}, () => {});
    expect(requests).toHaveLength(1);
    expect(engine.activeWatchers('me')).toBe(1);
  });

  it('drops a first view that arrives after the engine has answered', async () => {
    const { client, requests } = handover();
    const goals: GoalNode[][] = [];
    await client.watch('goalTree', {}, (tree) => goals.push(tree));
    await eventually(() => expect(requests).toHaveLength(1));
    const engine = new FakeClient({ ...structuredClone(org.rows), goals: [org.orgGoal] }, org.me.id, NOW);
    client.attach(engine);
    await eventually(() => expect(goals).toHaveLength(1));
    requests[0]!.answer(firstView);
    // A later engine change is the next thing shown: the stale first view never was.
    engine.replace('goals', [org.orgGoal, org.teamGoal]);
    await eventually(() => expect(goals).toHaveLength(2));
    expect(goals.map(titles)).toEqual([['Delight customers'], [['Delight customers', ['Resolve tickets faster']]]]);
  });

  it('never starts an engine watch for a widget that left before the engine came, and holds actions until then', async () => {
    const { client } = handover();
    const stop = await client.watch('goalTree', {}, () => {});
    stop();
    const saved = client.mutate('metric.record', { id: '0190f5b8-0000-7000-8000-0000000000aa', metricId: org.csat.id, value: 88, at: NOW.toISOString() });
    const engine = new FakeClient(structuredClone(org.rows), org.me.id, NOW);
    client.attach(engine);
    await expect(saved).resolves.toMatchObject({ id: expect.any(String) });
    expect(engine.mutations.map((m) => m.name)).toEqual(['metric.record']);
    expect(engine.activeWatchers('goalTree')).toBe(0);
  });

  it('rejects actions with the reason when the engine never starts', async () => {
    const { client } = handover();
    const saved = client.syncNow();
    client.abandon(new Error('Sightline.init: could not start the client: refused'));
    await expect(saved).rejects.toThrow('could not start the client: refused');
  });
});
