/** Feedback and requests for it. Visibility is the author's explicit choice, enforced by the server. */
import { z } from 'zod';
import { Id } from './ids';
import { IsoDate, IsoDateTime, LIMITS, RecordContext, ServerFields, optionalText, text } from './common';

export const FeedbackKind = z.enum(['praise', 'coaching', 'observation', 'self']);
/**
 * private: the author only (a note to self). manager: author + the subject's manager chain.
 * subject: that + the subject. org: everyone (public recognition).
 */
export const FeedbackVisibility = z.enum(['private', 'manager', 'subject', 'org']);
export type FeedbackKind = z.infer<typeof FeedbackKind>;
export type FeedbackVisibility = z.infer<typeof FeedbackVisibility>;

const feedbackShape = z.strictObject({
  id: Id,
  subjectId: Id,
  kind: FeedbackKind,
  body: text(LIMITS.body),
  goalId: Id.nullable().default(null),
  skillIds: z.array(Id).max(10).default([]),
  visibility: FeedbackVisibility.default('subject'),
  context: RecordContext.nullable().default(null),
  requestId: Id.nullable().default(null),
  createdAt: IsoDateTime,
});

export const FeedbackFields = feedbackShape;
export const Feedback = feedbackShape.extend({ ...ServerFields, authorId: Id }).superRefine((f, ctx) => {
  if (f.kind === 'self' && f.subjectId !== f.authorId)
    ctx.addIssue({ code: 'custom', path: ['subjectId'], message: 'must be the author for self feedback' });
});
export type Feedback = z.infer<typeof Feedback>;

export const FeedbackRequestStatus = z.enum(['open', 'answered', 'declined']);
export const FeedbackRequestFields = z.strictObject({
  id: Id,
  /** Asked to give the feedback. */
  recipientId: Id,
  /** Who the feedback is about (often the requester themself). */
  subjectId: Id,
  prompt: text(LIMITS.note),
  dueOn: IsoDate.nullable().default(null),
});
export const FeedbackRequest = FeedbackRequestFields.extend({
  ...ServerFields,
  requesterId: Id,
  status: FeedbackRequestStatus,
  feedbackId: Id.nullable(),
  declineReason: optionalText(LIMITS.note),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;
