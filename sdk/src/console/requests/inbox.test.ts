import { describe, expect, it } from 'vitest';
import type { FeedbackRequestView } from '../../client';
import { inbox, todayFor } from './inbox';

const view = (id: string, dueOn: string | null, over: Partial<FeedbackRequestView['request']> = {}, answeredHere = false) =>
  ({ request: { id, dueOn, status: 'open', ...over }, requester: null, recipient: null, subject: null, answeredHere, pending: false }) as unknown as FeedbackRequestView;

describe('inbox', () => {
  it('keeps open, unanswered requests, soonest due first, undated last, overdue before today', () => {
    const items = inbox(
      [view('a', null), view('b', '2026-12-10'), view('c', '2026-12-01'), view('d', '2026-12-08'), view('e', '2026-12-02', { status: 'answered' }), view('f', '2026-12-03', {}, true)],
      '2026-12-08',
    );
    expect(items.map((i) => [i.request.id, i.overdue, i.dueToday])).toEqual([
      ['c', true, false],
      ['d', false, true],
      ['b', false, false],
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
