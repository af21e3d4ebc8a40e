import { describe, expect, it } from 'vitest';
import type { RequestView } from '../../client';
import { inbox, todayFor } from './inbox';

const view = (id: string, dueOn: string | null, overdue = false) => ({ request: { id, dueOn, status: 'open' }, requester: null, subject: null, overdue }) as unknown as RequestView;

describe('inbox', () => {
  it('keeps the query’s order and marks what is due today', () => {
    const items = inbox([view('c', '2026-12-01', true), view('d', '2026-12-08'), view('a', null)], '2026-12-08');
    expect(items.map((i) => [i.request.id, i.overdue, i.dueToday])).toEqual([
      ['c', true, false],
      ['d', false, true],
      ['a', false, false],
    ]);
  });

  it('reads today in the viewer’s own time zone', () => {
    const now = new Date('2026-12-08T23:30:00Z');
    expect(todayFor({ timezone: 'UTC' }, now)).toBe('2026-12-08');
    expect(todayFor({ timezone: 'Asia/Tokyo' }, now)).toBe('2026-12-09');
    expect(todayFor({ timezone: 'America/Los_Angeles' }, now)).toBe('2026-12-08');
  });
});
