/** Skills, development actions and reviews: the growth side that feedback and check-ins feed. */
import { z } from 'zod';
import { Id } from './ids';
import { IsoDate, LIMITS, ServerFields, optionalText, patchOf, text } from './common';

export const SkillFields = z.strictObject({
  id: Id,
  name: text(LIMITS.name),
  category: optionalText(LIMITS.name),
  description: optionalText(LIMITS.note),
});
export const Skill = SkillFields.extend(ServerFields);
export type Skill = z.infer<typeof Skill>;

export const DevelopmentStatus = z.enum(['planned', 'in_progress', 'done', 'dropped']);
export const DevelopmentActionFields = z.strictObject({
  id: Id,
  personId: Id,
  title: text(LIMITS.title),
  skillId: Id.nullable().default(null),
  goalId: Id.nullable().default(null),
  status: DevelopmentStatus.default('planned'),
  dueOn: IsoDate.nullable().default(null),
});
export const DevelopmentAction = DevelopmentActionFields.extend(ServerFields);
export type DevelopmentAction = z.infer<typeof DevelopmentAction>;
export const DevelopmentActionPatch = patchOf(DevelopmentActionFields.omit({ id: true, personId: true }));

export const ReviewKind = z.enum(['self', 'manager', 'peer']);
/** draft: reviewer only; submitted: + subject's manager chain and people admins; shared: + the subject. */
export const ReviewStatus = z.enum(['draft', 'submitted', 'shared']);
export const ReviewFields = z.strictObject({
  id: Id,
  cycleId: Id,
  subjectId: Id,
  kind: ReviewKind,
  rating: z.number().int().min(1).max(5).nullable().default(null),
  summary: optionalText(LIMITS.body),
  status: ReviewStatus.default('draft'),
});
export const Review = ReviewFields.extend({
  ...ServerFields,
  reviewerId: Id,
  /** Set in calibration by people admins; the rating the org stands behind. */
  calibratedRating: z.number().int().min(1).max(5).nullable(),
});
export type Review = z.infer<typeof Review>;
