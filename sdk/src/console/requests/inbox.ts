/**
 * The inbox of the asked, from the local store: open requests not yet answered on this device,
 * soonest due first and undated last, overdue decided against the viewer's own date (the
 * server's GET /v1/requests/inbox rule, so the list is the same offline).
 */
import type { FeedbackRequestView } from '../../client';
import { localDate, type Person } from '../../model';

export interface InboxItem extends FeedbackRequestView {
  overdue: boolean;
  dueToday: boolean;
}

/** The viewer's calendar date in their own time zone. */
export const todayFor = (me: Pick<Person, 'timezone'>, now: Date) => localDate(now, me.timezone);

export function inbox(received: readonly FeedbackRequestView[], today: string): InboxItem[] {
  return received
    .filter((v) => v.request.status === 'open' && !v.answeredHere)
    .map((v) => ({ ...v, overdue: v.request.dueOn !== null && v.request.dueOn < today, dueToday: v.request.dueOn === today }))
    .sort((a, b) => {
      const [x, y] = [a.request.dueOn, b.request.dueOn];
      if (x === y) return a.request.id < b.request.id ? -1 : 1;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    });
}
