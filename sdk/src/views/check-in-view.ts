/** The signed-in person's check-in for a week and the goals it asks about. */
import type { CheckIn, Goal, Person } from '../model';
import type { CheckInView } from '../client';
import { creationOrder } from './order';

/**
 * `candidates` must hold every goal the person owns and every goal of their team (more is
 * fine): the check-in asks about the active ones among them they own or their team holds.
 */
export function checkInView(me: Person | null, week: string, row: CheckIn | null, candidates: readonly Goal[], pending: boolean): CheckInView {
  if (!me) return { week, checkIn: null, goals: [], pending: false };
  const asked = candidates.filter(
    (g) => g.status === 'active' && (g.ownerId === me.id || (g.level === 'team' && !!me.teamId && g.teamId === me.teamId)),
  );
  return { week, checkIn: row, goals: [...new Map(asked.map((g) => [g.id, g])).values()].sort(creationOrder), pending };
}
