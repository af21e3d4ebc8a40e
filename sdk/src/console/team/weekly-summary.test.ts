import { describe, expect, it } from 'vitest';
import { checkInId, type CheckIn, type Goal } from '../../model';
import { goalArgs, person } from '../../store/testing/fixtures';
import type { GoalNode } from '../../client';
import { goalsAtRisk, shiftWeek, summarizeWeek, trendOf, weekFromQuery, weeksUpTo } from './weekly-summary';

const BO = person('Bo', { timezone: 'Europe/Berlin' });
const CY = person('Cy', { timezone: 'America/New_York' });
const goal = { ...goalArgs({ title: 'Faster replies' }), orgId: BO.orgId, version: 1, updatedAt: '2027-01-01T00:00:00Z' } as unknown as Goal;

const checkIn = (personId: string, week: string, confidence: number | null, barriers: string | null = null): CheckIn => ({
  id: checkInId(personId, week),
  personId,
  week,
  goals: confidence === null ? [] : [{ goalId: goal.id, confidence, progressNote: null }],
  barriers,
  supportNeeded: null,
  learningAction: null,
  submittedAt: '2027-02-04T10:00:00Z',
  orgId: BO.orgId,
  version: 1,
  updatedAt: '2027-02-04T10:00:00Z',
});

describe('weeksUpTo', () => {
  it('lists the weeks ending with the given one, across a year boundary', () => {
    expect(weeksUpTo('2027-W02', 4)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });
});

describe('shiftWeek and weekFromQuery', () => {
  it('steps across years with 53 weeks', () => {
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
  });

  it('takes a well-formed week from the URL and falls back to the current one', () => {
    const now = new Date(2027, 1, 3);
    expect(weekFromQuery(new URLSearchParams('week=2027-W02'), now)).toBe('2027-W02');
    expect(weekFromQuery(new URLSearchParams('week=2027-W54'), now)).toBe('2027-W05');
    expect(weekFromQuery(new URLSearchParams(''), now)).toBe('2027-W05');
  });
});

describe('trendOf', () => {
  it('compares the first and last rating given', () => {
    expect(trendOf([5, null, 7])).toBe('up');
    expect(trendOf([8, 6, null])).toBe('down');
    expect(trendOf([6, 6])).toBe('flat');
    expect(trendOf([null, 6])).toBeNull();
  });
});

describe('summarizeWeek', () => {
  const weeks = weeksUpTo('2027-W05', 3);
  const checkIns = [checkIn(BO.id, '2027-W03', 8), checkIn(BO.id, '2027-W04', 6), checkIn(BO.id, '2027-W05', 4, 'Waiting on legal')];

  it('gives each report this week’s check-in with the confidence trend per goal', () => {
    const [bo] = summarizeWeek({ reports: [BO], checkIns, goals: new Map([[goal.id, goal]]), weeks, now: new Date('2027-02-04T12:00:00Z') });
    expect(bo).toMatchObject({ state: 'submitted', checkIn: { barriers: 'Waiting on legal' }, latest: { week: '2027-W05' } });
    expect(bo!.trends).toEqual([{ goalId: goal.id, title: 'Faster replies', values: [8, 6, 4], trend: 'down' }]);
  });

  it('counts a missing check-in as late only after the due day ended where that person lives', () => {
    // Saturday 01:00 in Berlin is still Friday 19:00 in New York.
    const now = new Date('2027-02-06T00:00:00Z');
    const states = summarizeWeek({ reports: [person('Di', { timezone: 'Europe/Berlin' }), CY], checkIns: [], goals: new Map(), weeks, now }).map((r) => r.state);
    expect(states).toEqual(['late', 'due']);
  });

  it('keeps the last check-in before this week, so its barriers still show while this one is missing', () => {
    const [bo] = summarizeWeek({ reports: [BO], checkIns: checkIns.slice(0, 2), goals: new Map(), weeks, now: new Date('2027-02-01T09:00:00Z') });
    expect(bo).toMatchObject({ state: 'due', checkIn: null, latest: { week: '2027-W04' } });
  });
});

describe('goalsAtRisk', () => {
  const node = (id: string, over: Partial<Goal>, status: GoalNode['status'], children: GoalNode[] = []): GoalNode =>
    ({ goal: { ...goal, id, ...over }, status, children, kpis: [], owner: null, team: null, progress: null, expected: 0, pending: false }) as GoalNode;

  it('finds the team’s and the reports’ goals at risk or off track anywhere in the cascade', () => {
    const trees = [
      node('org', { level: 'org', ownerId: null }, 'at_risk', [
        node('team', { level: 'team', teamId: 'T', ownerId: null }, 'off_track', [node('bo', { ownerId: BO.id }, 'at_risk'), node('fine', { ownerId: BO.id }, 'on_track')]),
        node('other', { ownerId: 'someone else' }, 'off_track'),
      ]),
    ];
    expect(goalsAtRisk(trees, new Set([BO.id]), new Set(['T'])).map((n) => n.goal.id)).toEqual(['team', 'bo']);
  });
});
