/** Feedback requests the signed-in person sent, with the people resolved, most recently changed first. */
import type { Query } from './context';
import { newestFirst } from '../../views/order';
import { byId, loadMe, pendingIds } from './helpers';

export const sentRequests: Query<'sentRequests'> = {
  async load(db) {
    const me = await loadMe(db);
    if (!me) return [];
    const rows = await db.rows('feedbackRequests').where('requesterId').equals(me.id).toArray();
    const [persons, pending] = await Promise.all([byId(db.rows('persons').toArray()), pendingIds(db, 'feedbackRequests')]);
    return rows.sort(newestFirst((r) => r.updatedAt)).map((request) => ({
      request,
      recipient: persons.get(request.recipientId) ?? null,
      subject: persons.get(request.subjectId) ?? null,
      pending: pending.has(request.id),
    }));
  },
};
