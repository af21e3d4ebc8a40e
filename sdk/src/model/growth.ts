/** Skills, development actions and reviews: the growth side that feedback and check-ins feed. */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDate, LIMITS, ServerFields, nullByDefault, optionalText, patchOf, text } from './common';

export const SkillFields = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  category: optionalText(LIMITS.name),
  description: optionalText(LIMITS.note),
});
export const Skill = z.extend(SkillFields, ServerFields);
export type Skill = z.infer<typeof Skill>;

export const DevelopmentStatus = z.enum(['planned', 'in_progress', 'done', 'dropped']);
export const DevelopmentActionKind = z.enum(['course', 'mentoring', 'stretch', 'practice']);
export const DevelopmentActionFields = z.strictObject({
  id: Id,
  personId: Id,
  title: text(LIMITS.title),
  kind: z._default(DevelopmentActionKind, 'practice'),
  skillId: nullByDefault(Id),
  /** The skill gap this action works on (development.ts). */
  skillGapId: nullByDefault(Id),
  /** A goal whose KPIs should move if the action works: the effect read compares them. */
  goalId: nullByDefault(Id),
  status: z._default(DevelopmentStatus, 'planned'),
  /** When the work began: the effect read compares before and after this day. */
  startedOn: nullByDefault(IsoDate),
  dueOn: nullByDefault(IsoDate),
});
export const DevelopmentAction = z.extend(DevelopmentActionFields, ServerFields);
export type DevelopmentAction = z.infer<typeof DevelopmentAction>;
export const DevelopmentActionPatch = patchOf(z.omit(DevelopmentActionFields, { id: true, personId: true }));

export const ReviewKind = z.enum(['self', 'manager', 'peer']);
/**
 * draft: reviewer only, editable; submitted: final, + subject's manager chain and people admins;
 * shared (review.share, by the manager chain or people admins): + the subject.
 */
export const ReviewStatus = z.enum(['draft', 'submitted', 'shared']);
/** An answer to one question of the cycle's template (review-template.ts), by the question's key. */
export const ReviewAnswer = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(40)),
  answer: optionalText(LIMITS.body),
});
/** 1 to 5; null until rated. */
export const Rating = z.nullable(z.int().check(z.gte(1), z.lte(5)));
export const ReviewFields = z.strictObject({
  id: Id,
  cycleId: Id,
  subjectId: Id,
  kind: ReviewKind,
  rating: z._default(Rating, null),
  summary: optionalText(LIMITS.body),
  answers: z._default(z.array(ReviewAnswer).check(z.maxLength(20)), []),
  status: z._default(ReviewStatus, 'draft'),
});
export const Review = z.extend(ReviewFields, {
  ...ServerFields,
  reviewerId: Id,
  /** Set in calibration by people admins; the rating the org stands behind. */
  calibratedRating: Rating,
});
export type Review = z.infer<typeof Review>;
