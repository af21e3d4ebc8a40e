/** ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), the key of a check-in. */

const DAY_MS = 86_400_000;

/** The ISO week of `date`'s calendar day in the local time zone, e.g. `2026-W47`. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of the same week decides the year
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday (UTC midnight) of an ISO week string. */
export function weekDays(week: string): { monday: Date; sunday: Date } {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(year, 0, 4)); // always in week 1
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS + (number - 1) * 7 * DAY_MS);
  return { monday, sunday: new Date(monday.getTime() + 6 * DAY_MS) };
}
