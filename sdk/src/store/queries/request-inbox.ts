/**
 * The open feedback requests asked of the viewer, read from this device's rows so the inbox
 * works offline; overdue is decided by the viewer's own calendar, as GET /v1/requests/inbox does.
 */
import { localDate } from '../../model/calendar';
import type { Person } from '../../model';
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
