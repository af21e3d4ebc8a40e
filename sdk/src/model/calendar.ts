/**
 * Calendar days and ISO 8601 weeks as a person in a given time zone lives them, so "due on
 * Friday" means their Friday. Zod-free and dependency-free: Intl knows every IANA zone.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date (YYYY-MM-DD) it is at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day}`;
}

const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** 1 (Monday) to 7 (Sunday). */
export const isoWeekday = (date: string): number => utcDay(date).getUTCDay() || 7;

/** The ISO week holding a date, e.g. 2027-01-01 -> `2026-W53`: the week's Thursday decides the year. */
export function isoWeekOf(date: string): string {
  const thursday = new Date(utcDay(date).getTime() + (4 - isoWeekday(date)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The date of weekday `weekday` (1 = Monday) in the week holding `date`. */
export function dayOfSameWeek(date: string, weekday: number): string {
  return new Date(utcDay(date).getTime() + (weekday - isoWeekday(date)) * DAY_MS).toISOString().slice(0, 10);
}
