import { describe, expect, it } from 'vitest';
import { dueDay, dueEnd, zonedMidnight } from './due';

describe('dueEnd', () => {
  it('is the end of Friday of the ISO week in the person’s time zone', () => {
    // 2027-W05 runs Monday 1 to Sunday 7 February 2027.
    expect(dueEnd('2027-W05', 'UTC').toISOString()).toBe('2027-02-06T00:00:00.000Z');
    expect(dueEnd('2027-W05', 'Europe/Berlin').toISOString()).toBe('2027-02-05T23:00:00.000Z');
    expect(dueEnd('2027-W05', 'America/New_York').toISOString()).toBe('2027-02-06T05:00:00.000Z');
    expect(dueEnd('2027-W05', 'Pacific/Auckland').toISOString()).toBe('2027-02-05T11:00:00.000Z');
  });

  it('follows a daylight-saving change in that week', () => {
    // Berlin moves to summer time on Sunday 28 March 2027; the week before ends at UTC+1, the week after at UTC+2.
    expect(dueEnd('2027-W12', 'Europe/Berlin').toISOString()).toBe('2027-03-26T23:00:00.000Z');
    expect(dueEnd('2027-W13', 'Europe/Berlin').toISOString()).toBe('2027-04-02T22:00:00.000Z');
  });

  it('counts the first ISO week across a year boundary', () => {
    // 2026-W53 ends on Sunday 3 January 2027; its Friday is 1 January.
    expect(dueDay('2026-W53').toISOString().slice(0, 10)).toBe('2027-01-01');
    expect(dueEnd('2026-W53', 'UTC').toISOString()).toBe('2027-01-02T00:00:00.000Z');
  });
});

describe('zonedMidnight', () => {
  it('is the UTC instant local midnight starts that day', () => {
    expect(zonedMidnight(new Date('2027-07-01T00:00:00Z'), 'Asia/Kolkata').toISOString()).toBe('2027-06-30T18:30:00.000Z');
  });
});
