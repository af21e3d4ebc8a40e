/** What the panels pick out of the goal cascade for the signed-in person. */
import type { GoalNode, KpiView } from '@sightline/sdk/client';

export interface MyGoal {
  node: GoalNode;
  /** The goal it rolls up to when that goal is in view (usually the team's), else null. */
  alignedTo: GoalNode | null;
}

/** Walks every node of the cascade, each with its parent node. */
function* walk(nodes: readonly GoalNode[], parent: GoalNode | null = null): Generator<{ node: GoalNode; parent: GoalNode | null }> {
  for (const node of nodes) {
    yield { node, parent };
    yield* walk(node.children, node);
  }
}

/** The person's active personal goals anywhere in the cascade, with the goal each is aligned to. */
export function myGoals(tree: readonly GoalNode[], personId: string): MyGoal[] {
  return [...walk(tree)]
    .filter(({ node: { goal } }) => goal.level === 'person' && goal.ownerId === personId && goal.status === 'active')
    .map(({ node, parent }) => ({ node, alignedTo: parent }));
}

/** The KPIs of a team's active team goals, each once. */
export function teamKpis(tree: readonly GoalNode[], teamId: string): KpiView[] {
  const kpis = [...walk(tree)]
    .filter(({ node: { goal } }) => goal.level === 'team' && goal.teamId === teamId && goal.status === 'active')
    .flatMap(({ node }) => node.kpis);
  return [...new Map(kpis.map((kpi) => [kpi.metric.id, kpi])).values()];
}
