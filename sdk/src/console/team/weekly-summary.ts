/**
 * A manager's week at a glance, from what their local store holds: per report, this week's
 * check-in or whether it is late, confidence per goal over the recent weeks with its trend,
 * and the barriers and support asked; plus the team's goals that are at risk.
 */
import type { GoalNode } from '../../client';
import type { CheckIn, Goal, Person } from '../../model';
import { isoWeek, weekDays } from '../../widgets/iso-week';
import { dueEnd } from './due';

export type CheckInState = 'submitted' | 'late' | 'due';
export type Trend = 'up' | 'down' | 'flat';

export interface ConfidenceTrend {
  goalId: string;
  title: string;
  /** One entry per week, oldest first; null where that week's check-in did not rate the goal. */
  values: Array<number | null>;
  trend: Trend | null;
}

export interface ReportWeek {
  person: Person;
  checkIn: CheckIn | null;
  /** The newest check-in of the weeks shown: this week's, or the last one before it (its barriers still stand). */
  latest: CheckIn | null;
  state: CheckInState;
  trends: ConfidenceTrend[];
}

const WEEK_MS = 7 * 86_400_000;

/** The ISO week `delta` weeks after `week` (before, when negative). */
export function shiftWeek(week: string, delta: number): string {
  const d = new Date(weekDays(week).monday.getTime() + delta * WEEK_MS);
  return isoWeek(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** `count` ISO weeks ending with `week`, oldest first. */
export const weeksUpTo = (week: string, count: number): string[] => Array.from({ length: count }, (_, i) => shiftWeek(week, i - count + 1));

/** The week in the URL if it is one, else the week of `now`. */
export function weekFromQuery(query: URLSearchParams, now: Date): string {
  const asked = query.get('week');
  return asked && /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(asked) ? asked : isoWeek(now);
}

/** A change of at least one point between the first and last rating counts as a trend. */
export function trendOf(values: ReadonlyArray<number | null>): Trend | null {
  const given = values.filter((v): v is number => v !== null);
  if (given.length < 2) return null;
  const change = given[given.length - 1]! - given[0]!;
  return change >= 1 ? 'up' : change <= -1 ? 'down' : 'flat';
}

export function stateOf(checkIn: CheckIn | null, week: string, timeZone: string, now: Date): CheckInState {
  if (checkIn) return 'submitted';
  return now >= dueEnd(week, timeZone) ? 'late' : 'due';
}

/** Each report's `week`, given their check-ins over `weeks` (oldest first, ending with `week`). */
export function summarizeWeek(input: { reports: readonly Person[]; checkIns: readonly CheckIn[]; goals: ReadonlyMap<string, Goal>; weeks: readonly string[]; now: Date }): ReportWeek[] {
  const week = input.weeks[input.weeks.length - 1]!;
  return input.reports.map((person) => {
    const mine = new Map(input.checkIns.filter((c) => c.personId === person.id).map((c) => [c.week, c]));
    const checkIn = mine.get(week) ?? null;
    const goalIds = [...new Set(input.weeks.flatMap((w) => mine.get(w)?.goals.map((g) => g.goalId) ?? []))];
    const trends = goalIds.map((goalId) => {
      const values = input.weeks.map((w) => mine.get(w)?.goals.find((g) => g.goalId === goalId)?.confidence ?? null);
      return { goalId, title: input.goals.get(goalId)?.title ?? goalId, values, trend: trendOf(values) };
    });
    const latest = [...input.weeks].reverse().map((w) => mine.get(w)).find((c) => c !== undefined) ?? null;
    return { person, checkIn, latest, state: stateOf(checkIn, week, person.timezone, input.now), trends };
  });
}

/** Every goal in the trees at risk or off track that one of `personIds` owns or one of `teamIds` holds. */
export function goalsAtRisk(trees: readonly GoalNode[], personIds: ReadonlySet<string>, teamIds: ReadonlySet<string>): GoalNode[] {
  const found = new Map<string, GoalNode>();
  const visit = (node: GoalNode) => {
    const ours = (node.goal.ownerId && personIds.has(node.goal.ownerId)) || (node.goal.teamId && teamIds.has(node.goal.teamId));
    if (ours && (node.status === 'at_risk' || node.status === 'off_track')) found.set(node.goal.id, node);
    node.children.forEach(visit);
  };
  trees.forEach(visit);
  return [...found.values()];
}
