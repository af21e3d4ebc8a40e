/**
 * The inbox of the asked: the store's `requests` query (open, not answered on this device,
 * soonest due first, overdue by the viewer's own date), each marked when it is due today.
 */
import type { RequestView } from '../../client';
import { localDate, type Person } from '../../model';

export interface InboxItem extends RequestView {
  dueToday: boolean;
}

/** The viewer's calendar date in their own time zone. */
export const todayFor = (me: Pick<Person, 'timezone'>, now: Date) => localDate(now, me.timezone);

export const inbox = (requests: readonly RequestView[], today: string): InboxItem[] => requests.map((r) => ({ ...r, dueToday: r.request.dueOn === today }));
