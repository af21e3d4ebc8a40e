/**
 * Feedback requests the signed-in person sent or was asked, with the people resolved. A request
 * answered on this device stays `open` until the server's row arrives; `answeredHere` says so,
 * so an inbox can drop it at once, offline too.
 */
import type { Query } from './context';
import { newestFirst } from '../../views/order';
import { byId, loadMe, pendingIds } from './helpers';

export const feedbackRequests: Query<'feedbackRequests'> = {
  async load(db, { role }) {
    const me = await loadMe(db);
    if (!me) return [];
    const rows = await db
      .rows('feedbackRequests')
      .where(role === 'sent' ? 'requesterId' : 'recipientId')
      .equals(me.id)
      .toArray();
    const [persons, pending, answers] = await Promise.all([
      byId(db.rows('persons').toArray()),
      pendingIds(db, 'feedbackRequests'),
      db.rows('feedback').where('authorId').equals(me.id).toArray(),
    ]);
    const answered = new Set(answers.flatMap((f) => (f.requestId ? [f.requestId] : [])));
    return rows.sort(newestFirst((r) => r.updatedAt)).map((request) => ({
      request,
      requester: persons.get(request.requesterId) ?? null,
      recipient: persons.get(request.recipientId) ?? null,
      subject: persons.get(request.subjectId) ?? null,
      answeredHere: request.status === 'open' && answered.has(request.id),
      pending: pending.has(request.id),
    }));
  },
};
