/**
 * What the signed-in person owes now, as the toolbar badge, the notifications and the side
 * panel's Due view show it: this week's check-in once its due day has come in their own time
 * zone (not yet submitted), and each open feedback request asked of them due by their today.
 * Pure: callers pass the rows and the clock.
 */
import type { RequestView } from '@sightline/sdk/client';
import { DEFAULT_CADENCE, checkInDue, localDate, type CadenceRule, type Person } from '@sightline/sdk/model';

export interface DueItem {
  /** Stable per item (a check-in week, a request), so a notification is shown once per item. */
  key: string;
  kind: 'checkin' | 'request';
  dueOn: string;
  overdue: boolean;
  /** Requests: who asks and the question. */
  requester?: string;
  prompt?: string;
}

export interface DueInput {
  me: Person;
  cadence: CadenceRule | null;
  submittedWeeks: ReadonlySet<string>;
  requests: readonly RequestView[];
  now: Date;
}

export function dueItems({ me, cadence, submittedWeeks, requests, now }: DueInput): DueItem[] {
  const items: DueItem[] = [];
  const checkIn = checkInDue({ cadence: cadence ?? DEFAULT_CADENCE, personId: me.id, timezone: me.timezone, now, submittedWeeks });
  if (checkIn.state === 'due' || checkIn.state === 'overdue')
    items.push({ key: `checkin:${checkIn.week}`, kind: 'checkin', dueOn: checkIn.dueOn, overdue: checkIn.state === 'overdue' });
  const today = localDate(now, me.timezone);
  for (const { request, requester, overdue } of requests) {
    if (request.dueOn === null || request.dueOn > today) continue;
    items.push({ key: `request:${request.id}`, kind: 'request', dueOn: request.dueOn, overdue, requester: requester?.name ?? '', prompt: request.prompt });
  }
  return items;
}
