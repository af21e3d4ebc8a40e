import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, checkInDue, isCheckInWeek, type CadenceRule } from './cadence';

const state = (now: string, timezone: string, cadence: CadenceRule = DEFAULT_CADENCE, submitted: string[] = []) =>
  checkInDue({ cadence, personId: '0190e011-4b5c-7d6e-8f70-8192a3b4c5d6', timezone, now: new Date(now), submittedWeeks: new Set(submitted) });

describe('checkInDue', () => {
  it('reads the due day in each person’s own time zone', () => {
    // Friday 23:30 UTC: still Friday in UTC and Los Angeles, already Saturday in Berlin and Tokyo.
    const now = '2026-12-11T23:30:00Z';
    expect(state(now, 'UTC')).toMatchObject({ today: '2026-12-11', week: '2026-W50', dueOn: '2026-12-11', state: 'due' });
    expect(state(now, 'America/Los_Angeles')).toMatchObject({ today: '2026-12-11', state: 'due' });
    expect(state(now, 'Europe/Berlin')).toMatchObject({ today: '2026-12-12', dueOn: '2026-12-11', state: 'overdue' });
    expect(state(now, 'Asia/Tokyo')).toMatchObject({ state: 'overdue' });
    expect(state('2026-12-10T23:30:00Z', 'UTC')).toMatchObject({ state: 'upcoming' });
    expect(state(now, 'Europe/Berlin', DEFAULT_CADENCE, ['2026-W50'])).toMatchObject({ state: 'done' });
  });

  it('turns the ISO week over at the person’s midnight, across a 53-week year', () => {
    // Sunday 2027-01-03 23:30 UTC is the last hour of 2026-W53 in UTC and Monday of 2027-W01 in Berlin.
    const now = '2027-01-03T23:30:00Z';
    expect(state(now, 'UTC')).toMatchObject({ week: '2026-W53', dueOn: '2027-01-01', state: 'overdue' });
    expect(state(now, 'UTC', DEFAULT_CADENCE, ['2026-W53'])).toMatchObject({ state: 'done' });
    expect(state(now, 'Europe/Berlin', DEFAULT_CADENCE, ['2026-W53'])).toMatchObject({ today: '2027-01-04', week: '2027-W01', dueOn: '2027-01-08', state: 'upcoming' });
    // Due on Sundays: Sunday is the due day, Monday already the next week.
    const sunday = { ...DEFAULT_CADENCE, dueWeekday: 7 };
    expect(state(now, 'UTC', sunday)).toMatchObject({ dueOn: '2027-01-03', state: 'due' });
    expect(state(now, 'Europe/Berlin', sunday)).toMatchObject({ dueOn: '2027-01-10', state: 'upcoming' });
  });

  it('counts every other week from the anchor by weeks elapsed, not by week-number parity', () => {
    const biweekly = { intervalWeeks: 2 as const, anchorWeek: '2026-W02', dueWeekday: 5 };
    expect(isCheckInWeek(biweekly, '2026-W02')).toBe(true);
    expect(isCheckInWeek(biweekly, '2026-W03')).toBe(false);
    expect(isCheckInWeek(biweekly, '2026-W52')).toBe(true);
    expect(isCheckInWeek(biweekly, '2026-W53')).toBe(false); // odd, like W01 after it
    expect(isCheckInWeek(biweekly, '2027-W01')).toBe(true);
    expect(isCheckInWeek(biweekly, '2025-W52')).toBe(true); // before the anchor too
    expect(state('2027-01-01T12:00:00Z', 'UTC', biweekly)).toMatchObject({ week: '2026-W53', state: 'off' });
  });
});
