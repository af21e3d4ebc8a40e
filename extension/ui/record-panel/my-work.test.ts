import type { GoalNode, KpiView } from '@sightline/sdk/client';
import type { Goal, Metric } from '@sightline/sdk/model';
import { describe, expect, it } from 'vitest';
import { myGoals, teamKpis } from './my-work';

const SERVER = { orgId: 'o', version: 1, updatedAt: '2026-01-01T00:00:00Z' };

function node(id: string, fields: Partial<Goal>, children: GoalNode[] = [], metricIds: string[] = []): GoalNode {
  const goal: Goal = { id, cycleId: 'c', level: 'org', ownerId: null, teamId: null, parentId: null, title: id, description: null, weight: 1, visibility: 'org', status: 'active', dueOn: null, ...SERVER, ...fields };
  const kpis = metricIds.map(
    (metricId): KpiView => ({
      metric: { id: metricId, goalId: id, name: metricId, indicator: 'leading', unit: '', baseline: 0, target: 10, direction: 'increase', range: null, weight: 1, source: 'manual', counts: false, ...SERVER } satisfies Metric,
      goal,
      current: null,
      progress: 0,
      history: [],
      status: null,
    }),
  );
  return { goal, owner: null, team: null, progress: null, expected: 0, status: null, kpis, children, pending: false };
}

const tree = [
  node('org', {}, [
    node('team-goal', { level: 'team', teamId: 'sales' }, [
      node('mine', { level: 'person', ownerId: 'me' }, [], ['calls']),
      node('theirs', { level: 'person', ownerId: 'them' }, [], ['their-calls']),
      node('mine-done', { level: 'person', ownerId: 'me', status: 'completed' }),
    ], ['pipeline']),
    node('other-team', { level: 'team', teamId: 'support' }, [], ['csat']),
  ]),
  node('mine-unaligned', { level: 'person', ownerId: 'me' }),
];

describe('myGoals', () => {
  it("finds the person's active goals at any depth with the goal each rolls up to", () => {
    expect(myGoals(tree, 'me').map(({ node: mine, alignedTo }) => [mine.goal.id, alignedTo?.goal.id ?? null])).toEqual([
      ['mine', 'team-goal'],
      ['mine-unaligned', null],
    ]);
  });
});

describe('teamKpis', () => {
  it("collects the KPIs of one team's active team goals", () => {
    expect(teamKpis(tree, 'sales').map((kpi) => kpi.metric.id)).toEqual(['pipeline']);
    expect(teamKpis(tree, 'support').map((kpi) => kpi.metric.id)).toEqual(['csat']);
    expect(teamKpis(tree, 'nobody')).toEqual([]);
  });
});
