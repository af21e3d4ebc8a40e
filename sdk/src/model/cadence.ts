/**
 * When check-ins are due: a per-org cadence (every week or every other week, on one weekday),
 * read in each person's own time zone, so "due Friday" is their Friday and an ISO week turns
 * over at their midnight. Pure: callers pass `now`.
 */
import { z } from 'zod/mini';
import { Id, cadenceId } from './ids';
import { IsoDate, IsoWeek, ServerFields } from './common';
import { dayOfSameWeek, isoWeekOf, localDate } from './calendar';

const cadenceShape = z.strictObject({
  id: Id,
  /** 1: every week; 2: every other week, counted from anchorWeek. */
  intervalWeeks: z._default(z.union([z.literal(1), z.literal(2)]), 1),
  anchorWeek: z._default(IsoWeek, '2026-W01'),
  /** 1 (Monday) to 7 (Sunday): the day by whose end the check-in is due. */
  dueWeekday: z._default(z.int().check(z.gte(1), z.lte(7)), 5),
});

export const CadenceFields = cadenceShape;
export const Cadence = z.extend(cadenceShape, ServerFields);
export type Cadence = z.infer<typeof Cadence>;
export type CadenceRule = Pick<Cadence, 'intervalWeeks' | 'anchorWeek' | 'dueWeekday'>;

/** An org without a saved cadence: weekly, due Friday. */
export const DEFAULT_CADENCE: CadenceRule = { intervalWeeks: 1, anchorWeek: '2026-W01', dueWeekday: 5 };

/** The cadence row of an org: one per org, so devices converge on it. */
export const orgCadenceId = (orgId: string) => cadenceId(orgId);

/**
 * off: no check-in this week (every other week); upcoming: before the due day; due: on it;
 * overdue: after it, not submitted; done: submitted for the week.
 */
export const CheckInDueState = z.enum(['off', 'upcoming', 'due', 'overdue', 'done']);
export type CheckInDueState = z.infer<typeof CheckInDueState>;

export const CheckInDue = z.object({
  personId: Id,
  timezone: z.string(),
  /** The person's date now, their ISO week, and the date the week's check-in is due. */
  today: IsoDate,
  week: IsoWeek,
  dueOn: IsoDate,
  state: CheckInDueState,
});
export type CheckInDue = z.infer<typeof CheckInDue>;

const weekMonday = (week: string) => {
  const [year, n] = week.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * 86_400_000 + (n - 1) * 7 * 86_400_000;
};

/** Whether `week` is a check-in week of the cadence. */
export function isCheckInWeek(cadence: CadenceRule, week: string): boolean {
  const weeksApart = Math.round((weekMonday(week) - weekMonday(cadence.anchorWeek)) / (7 * 86_400_000));
  return ((weeksApart % cadence.intervalWeeks) + cadence.intervalWeeks) % cadence.intervalWeeks === 0;
}

/** Where a person stands with this week's check-in, in their own time zone. */
export function checkInDue(input: { cadence: CadenceRule; personId: string; timezone: string; now: Date; submittedWeeks: ReadonlySet<string> }): CheckInDue {
  const today = localDate(input.now, input.timezone);
  const week = isoWeekOf(today);
  const dueOn = dayOfSameWeek(today, input.cadence.dueWeekday);
  const state: CheckInDueState = !isCheckInWeek(input.cadence, week)
    ? 'off'
    : input.submittedWeeks.has(week)
      ? 'done'
      : today < dueOn
        ? 'upcoming'
        : today === dueOn
          ? 'due'
          : 'overdue';
  return { personId: input.personId, timezone: input.timezone, today, week, dueOn, state };
}

/** GET /v1/due (the caller) and /v1/due/team (the caller's reports). */
export const DueList = z.object({ cadence: z.object({ intervalWeeks: z.int(), anchorWeek: IsoWeek, dueWeekday: z.int() }), checkIns: z.array(CheckInDue) });
export type DueList = z.infer<typeof DueList>;
