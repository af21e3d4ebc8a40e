/**
 * When a week's check-in counts as late: after the end of its due day in the person's own time
 * zone. Until the org's check-in cadence exists in the contract the due day is Friday for
 * everyone (DEFAULT_DUE_WEEKDAY).
 */
import { weekDays } from '../../widgets/iso-week';

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const DEFAULT_DUE_WEEKDAY = 5;
const DAY_MS = 86_400_000;

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight starts the UTC calendar day `dayUtc` in `timeZone`. */
export function zonedMidnight(dayUtc: Date, timeZone: string): Date {
  const wall = dayUtc.getTime();
  let guess = wall - offsetAt(wall, timeZone);
  // A second pass settles days where the offset changes between the guess and the answer (DST).
  guess = wall - offsetAt(guess, timeZone);
  return new Date(guess);
}

/** The instant a week's check-in becomes late for someone in `timeZone`: the end of its due day. */
export function dueEnd(week: string, timeZone: string, dueWeekday = DEFAULT_DUE_WEEKDAY): Date {
  const { monday } = weekDays(week);
  return zonedMidnight(new Date(monday.getTime() + dueWeekday * DAY_MS), timeZone);
}

/** The due day of a week, as a UTC calendar day (for showing its name). */
export const dueDay = (week: string, dueWeekday = DEFAULT_DUE_WEEKDAY) => new Date(weekDays(week).monday.getTime() + (dueWeekday - 1) * DAY_MS);
