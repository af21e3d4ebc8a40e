/**
 * Reviews this device may hold (the server syncs only those the viewer may see: their own, and
 * others' once submitted or shared), with the people. The questions are the console's to pick
 * (`questionsFor` over the `reviewTemplates` query), which keeps the default questions' text out
 * of the widgets' bundle.
 */
import type { Query } from './context';
import { byId, pendingIds } from './helpers';

export const reviews: Query<'reviews'> = {
  async load(db, { cycleId, id }) {
    const table = db.rows('reviews');
    const rows = id ? [await table.get(id)].filter((r) => r !== undefined) : await table.toArray();
    const wanted = rows.filter((r) => !cycleId || r.cycleId === cycleId);
    const [persons, pending] = await Promise.all([byId(db.rows('persons').toArray()), pendingIds(db, 'reviews')]);
    return wanted
      .map((review) => ({
        review,
        reviewer: persons.get(review.reviewerId) ?? null,
        subject: persons.get(review.subjectId) ?? null,
        pending: pending.has(review.id),
      }))
      .sort((a, b) => (a.subject?.name ?? '').localeCompare(b.subject?.name ?? '') || a.review.kind.localeCompare(b.review.kind));
  },
};
