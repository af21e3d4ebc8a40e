import { describe, expect, it } from 'vitest';
import { Goal, GoalFields, GoalPatch } from './goal';
import { ids, issues, sample, serverFields } from './test-samples';

describe('GoalFields', () => {
  it('accepts a team goal and fills defaults', () => {
    expect(GoalFields.parse(sample.goal)).toEqual({
      ...sample.goal,
      description: null,
      weight: 1,
      status: 'active',
      dueOn: null,
    });
  });

  it('accepts an org goal with no owner or team', () => {
    const org = { id: ids.parentGoal, cycleId: ids.cycle, level: 'org', title: 'Delight customers' };
    expect(GoalFields.parse(org)).toMatchObject({ ownerId: null, teamId: null, parentId: null, visibility: 'org' });
  });

  it.each([
    ['a team goal without teamId', { teamId: null, visibility: 'org' }, ['teamId: is required for a team goal']],
    ['a person goal without ownerId', { level: 'person', ownerId: null, visibility: 'org' }, ['ownerId: is required for a person goal']],
    ['team visibility without teamId', { level: 'org', teamId: null }, ['teamId: is required when visibility is team']],
    ['a goal that is its own parent', { parentId: ids.goal }, ['parentId: a goal cannot be its own parent']],
    ['a weight above 100', { weight: 101 }, ['weight: must be at most 100']],
    ['a negative weight', { weight: -1 }, ['weight: must be at least 0']],
    ['an unknown visibility', { visibility: 'public' }, ['visibility: must be one of org, team, private']],
    ['an unknown status', { status: 'on_track' }, ['status: must be one of draft, active, completed, cancelled']],
    ['a blank title', { title: '\t' }, ['title: must not be empty']],
    ['a bad due date', { dueOn: '2026-13-01' }, ['dueOn: must be an ISO date (YYYY-MM-DD)']],
    ['a client-sent orgId', { orgId: ids.org }, ['(root): has unknown key "orgId"']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(GoalFields, { ...sample.goal, ...change })).toEqual(expected);
  });

  it('reports every cross-field rule at once', () => {
    expect(issues(GoalFields, { ...sample.goal, teamId: null, parentId: ids.goal })).toEqual([
      'teamId: is required for a team goal',
      'teamId: is required when visibility is team',
      'parentId: a goal cannot be its own parent',
    ]);
  });
});

describe('Goal (stored row)', () => {
  it('applies the same cross-field rules as the args', () => {
    const row = { ...sample.goal, ...serverFields };
    expect(Goal.parse(row).version).toBe(serverFields.version);
    expect(issues(Goal, { ...row, level: 'person', ownerId: null })).toEqual(['ownerId: is required for a person goal']);
  });
});

describe('GoalPatch', () => {
  it('keeps only the fields it names, so an update never resets the rest', () => {
    expect(GoalPatch.parse({ status: 'completed' })).toEqual({ status: 'completed' });
    expect(GoalPatch.parse({ description: '' })).toEqual({ description: null });
  });

  it.each([
    ['the level', { level: 'org' }, '(root): has unknown key "level"'],
    ['the cycle', { cycleId: ids.cycle }, '(root): has unknown key "cycleId"'],
    ['the id', { id: ids.goal }, '(root): has unknown key "id"'],
    ['an invalid parent', { parentId: 'g-1' }, 'parentId: must be a UUID'],
  ])('rejects a patch of %s', (_, patch, expected) => {
    expect(issues(GoalPatch, patch)).toEqual([expected]);
  });
});
