/**
 * What the viewer is asked for and what they owe: open feedback requests sent to them, and
 * this week's check-in once it is due. Read from this device's rows, so both work offline; due
 * dates are read in the viewer's own time zone, as the server's GET /v1/due does.
 */
import { DEFAULT_CADENCE, checkInDue, localDate, orgCadenceId, type Person } from '../../model';
import type { RequestView } from '../../client';
import type { SightlineDb } from '../db';
import type { Query } from './context';
import { byId, loadMe } from './helpers';

/** Undated requests sort after every dated one. */
const LAST_DAY = '9999-12-31';

async function openRequestsOf(db: SightlineDb, me: Person, now: Date): Promise<RequestView[]> {
  const asked = (await db.rows('feedbackRequests').where('recipientId').equals(me.id).toArray()).filter((r) => r.status === 'open');
  if (asked.length === 0) return [];
  // An answer saved here but not yet pulled back leaves the request open in the store until the server's row arrives.
  const answered = new Set((await db.rows('feedback').where('authorId').equals(me.id).toArray()).map((f) => f.requestId));
  const today = localDate(now, me.timezone);
  const persons = await byId(db.rows('persons').toArray());
  return asked
    .filter((r) => !answered.has(r.id))
    .sort((a, b) => (a.dueOn ?? LAST_DAY).localeCompare(b.dueOn ?? LAST_DAY) || a.id.localeCompare(b.id))
    .map((request) => ({
      request,
      requester: persons.get(request.requesterId) ?? null,
      subject: persons.get(request.subjectId) ?? null,
      overdue: request.dueOn !== null && request.dueOn < today,
    }));
}

export const requests: Query<'requests'> = {
  async load(db, _params, ctx) {
    const me = await loadMe(db);
    return me ? openRequestsOf(db, me, ctx.now()) : [];
  },
};

export const due: Query<'due'> = {
  async load(db, _params, ctx) {
    const me = await loadMe(db);
    if (!me) return { checkIn: null, requests: [] };
    const now = ctx.now();
    const cadence = (await db.rows('checkInCadences').get(orgCadenceId(me.orgId))) ?? DEFAULT_CADENCE;
    const submittedWeeks = new Set((await db.rows('checkIns').where('personId').equals(me.id).toArray()).map((c) => c.week));
    const checkIn = checkInDue({ cadence, personId: me.id, timezone: me.timezone, now, submittedWeeks });
    const today = localDate(now, me.timezone);
    const requestsDue = (await openRequestsOf(db, me, now)).filter((r) => r.request.dueOn !== null && r.request.dueOn <= today);
    return { checkIn: checkIn.state === 'due' || checkIn.state === 'overdue' ? checkIn : null, requests: requestsDue };
  },
};
