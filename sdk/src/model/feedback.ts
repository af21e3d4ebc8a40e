/** Feedback and requests for it. Visibility is the author's explicit choice, enforced by the server. */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDate, IsoDateTime, LIMITS, RecordContext, ServerFields, nullByDefault, optionalText, text } from './common';

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
  goalId: nullByDefault(Id),
  skillIds: z._default(z.array(Id).check(z.maxLength(10)), []),
  visibility: z._default(FeedbackVisibility, 'subject'),
  context: nullByDefault(RecordContext),
  requestId: nullByDefault(Id),
  createdAt: IsoDateTime,
});

export const FeedbackFields = feedbackShape;
export const Feedback = z.extend(feedbackShape, { ...ServerFields, authorId: Id }).check(
  z.refine((f) => f.kind !== 'self' || f.subjectId === f.authorId, { error: 'must be the author for self feedback', path: ['subjectId'] }),
);
export type Feedback = z.infer<typeof Feedback>;

/** open -> answered (by feedback), declined (by the recipient) or cancelled (by the requester). */
export const FeedbackRequestStatus = z.enum(['open', 'answered', 'declined', 'cancelled']);
export const FeedbackRequestFields = z.strictObject({
  id: Id,
  /** Asked to give the feedback. */
  recipientId: Id,
  /** Who the feedback is about (often the requester themself). */
  subjectId: Id,
  prompt: text(LIMITS.note),
  dueOn: nullByDefault(IsoDate),
});
export const FeedbackRequest = z.extend(FeedbackRequestFields, {
  ...ServerFields,
  requesterId: Id,
  status: FeedbackRequestStatus,
  feedbackId: z.nullable(Id),
  declineReason: optionalText(LIMITS.note),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

/** GET /v1/requests/inbox: the open requests sent to the caller, soonest due first; overdue by the caller's own calendar. */
export const FeedbackInbox = z.object({
  /** The caller's date in their time zone, against which `overdue` was decided. */
  today: IsoDate,
  requests: z.array(z.extend(FeedbackRequest, { overdue: z.boolean() })),
});
export type FeedbackInbox = z.infer<typeof FeedbackInbox>;
