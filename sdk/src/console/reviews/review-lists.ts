/**
 * What the reviews page lists for the viewer in a cycle: the reviews they write (and the ones
 * they should start: their self review, a manager review of each direct report), the ones
 * shared with them, and those submitted about people they manage, waiting to be read or shared.
 */
import type { ReviewView } from '../../client';
import type { Person, Review } from '../../model';

export interface ReviewLists {
  writing: ReviewView[];
  /** Reviews the viewer should write and has not started. */
  toStart: Array<{ kind: Review['kind']; subject: Person }>;
  sharedWithMe: ReviewView[];
  /** By others, about someone else, visible to the viewer (so submitted or shared and in their chain, or they are an admin). */
  aboutOthers: ReviewView[];
}

export function reviewLists(me: Person, people: readonly Person[], reviews: readonly ReviewView[]): ReviewLists {
  const writing = reviews.filter((v) => v.review.reviewerId === me.id);
  const started = new Set(writing.map((v) => `${v.review.kind}:${v.review.subjectId}`));
  const reports = people.filter((p) => p.active && p.managerId === me.id).sort((a, b) => a.name.localeCompare(b.name));
  const toStart = [
    ...(started.has(`self:${me.id}`) ? [] : [{ kind: 'self' as const, subject: me }]),
    ...reports.filter((r) => !started.has(`manager:${r.id}`)).map((subject) => ({ kind: 'manager' as const, subject })),
  ];
  const byOthers = reviews.filter((v) => v.review.reviewerId !== me.id && v.review.status !== 'draft');
  return {
    writing,
    toStart,
    sharedWithMe: byOthers.filter((v) => v.review.subjectId === me.id && v.review.status === 'shared'),
    aboutOthers: byOthers.filter((v) => v.review.subjectId !== me.id),
  };
}
