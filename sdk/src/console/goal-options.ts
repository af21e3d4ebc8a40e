/** The cascade as a flat list in tree order with each goal's depth, for pickers that choose a parent. */
import type { GoalNode } from '../client';

export interface GoalOption {
  node: GoalNode;
  depth: number;
}

export function flattenTree(nodes: readonly GoalNode[], depth = 0): GoalOption[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenTree(node.children, depth + 1)]);
}

/** The option's label, indented by depth so the tree shows inside a native select. */
export const optionLabel = ({ node, depth }: GoalOption) => `${'\u2003'.repeat(depth)}${depth ? '↳ ' : ''}${node.goal.title}`;
