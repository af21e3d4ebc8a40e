import { describe, expect, it } from 'vitest';
import type { GoalNode } from '../client';
import { flattenTree, optionLabel } from './goal-options';

const node = (title: string, children: GoalNode[] = []) => ({ goal: { id: title, title }, children }) as unknown as GoalNode;

describe('flattenTree', () => {
  it('lists goals in tree order with their depth, labels indented below the root', () => {
    const options = flattenTree([node('Org', [node('Team A', [node('Ada')]), node('Team B')])]);
    expect(options.map((o) => [o.node.goal.title, o.depth])).toEqual([
      ['Org', 0],
      ['Team A', 1],
      ['Ada', 2],
      ['Team B', 1],
    ]);
    expect(optionLabel(options[2]!)).toBe('\u2003\u2003↳ Ada');
    expect(optionLabel(options[0]!)).toBe('Org');
  });
});
