import { describe, expect, it } from 'vitest';
import { dayOfSameWeek, isoWeekOf, isoWeekday, localDate } from './calendar';

describe('calendar', () => {
  it('gives the date a person lives in their own time zone', () => {
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-12-31');
    expect(localDate(instant, 'Europe/Berlin')).toBe('2027-01-01');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-12-31');
    expect(localDate(new Date('2026-06-01T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-06-02');
  });

  it('numbers ISO weeks across year ends (53-week years, week 1 in December)', () => {
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2026-02-13')).toBe('2026-W07');
  });

  it('finds weekdays within the week', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
    expect(dayOfSameWeek('2026-12-31', 5)).toBe('2027-01-01');
    expect(dayOfSameWeek('2027-01-03', 1)).toBe('2026-12-28');
  });
});
