/** Feedback about or by someone, newest first, with both people resolved. */
import type { Feedback } from '../../model';
import type { Query } from './context';
import { newestFirst } from '../../views/order';
import { byId, pendingIds } from './helpers';

export const DEFAULT_FEEDBACK_LIMIT = 50;

/** Praise its author shared with the whole org: what an intranet may show as recognition. */
const isRecognition = (f: Feedback) => f.kind === 'praise' && f.visibility === 'org';

export const feedback: Query<'feedback'> = {
  async load(db, { aboutId, authorId, limit = DEFAULT_FEEDBACK_LIMIT, recognition = false }) {
    const table = db.rows('feedback');
    const candidates = aboutId
      ? table.where('subjectId').equals(aboutId)
      : authorId
        ? table.where('authorId').equals(authorId)
        : table.toCollection();
    const rows = (await candidates.toArray())
      .filter((f) => (!aboutId || f.subjectId === aboutId) && (!authorId || f.authorId === authorId) && (!recognition || isRecognition(f)))
      .sort(newestFirst((f) => f.createdAt))
      .slice(0, limit);
    const [persons, pending] = await Promise.all([byId(db.rows('persons').toArray()), pendingIds(db, 'feedback')]);
    return rows.map((f) => ({
      feedback: f,
      author: persons.get(f.authorId) ?? null,
      subject: persons.get(f.subjectId) ?? null,
      pending: pending.has(f.id),
    }));
  },
};
