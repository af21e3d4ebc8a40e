/**
 * One person's development loop as the viewer's store holds it: their skill gaps and
 * development actions (newest first) and the reviews about them a gap may be raised from.
 */
import type { Query } from './context';
import { newestFirst } from '../../views/order';

export const development: Query<'development'> = {
  async load(db, { personId }) {
    const [gaps, actions, reviews] = await Promise.all([
      db.rows('skillGaps').where('personId').equals(personId).toArray(),
      db.rows('developmentActions').where('personId').equals(personId).toArray(),
      db.rows('reviews').where('subjectId').equals(personId).toArray(),
    ]);
    const newest = newestFirst((r: { updatedAt: string }) => r.updatedAt);
    return { gaps: gaps.sort(newest), actions: actions.sort(newest), reviews: reviews.sort(newest) };
  },
};
