/**
 * A manager's answer to what a check-in says is in the way: recorded per check-in, seen by the
 * person, their manager chain and people admins (the same circle as the check-in itself).
 */
import { z } from 'zod/mini';
import { Id, supportDecisionId } from './ids';
import { IsoDateTime, LIMITS, ServerFields, optionalText } from './common';

/** will_help: the manager acts; escalated: passed up or across; resolved: no longer in the way; not_now: acknowledged, deferred. */
export const SupportDecisionKind = z.enum(['will_help', 'escalated', 'resolved', 'not_now']);
export type SupportDecisionKind = z.infer<typeof SupportDecisionKind>;

const supportShape = z.strictObject({
  id: Id,
  checkInId: Id,
  /** The check-in's person; the server checks it against the check-in. */
  personId: Id,
  decision: SupportDecisionKind,
  note: optionalText(LIMITS.note),
  decidedAt: IsoDateTime,
});

const oneDecisionPerCheckIn = z.refine<{ id: string; checkInId: string }>((d) => d.id === supportDecisionId(d.checkInId), {
  error: 'must be supportDecisionId(checkInId): one decision per check-in',
  path: ['id'],
});

export const SupportDecisionFields = supportShape.check(oneDecisionPerCheckIn);
export const SupportDecision = z.extend(supportShape, { ...ServerFields, decidedBy: Id }).check(oneDecisionPerCheckIn);
export type SupportDecision = z.infer<typeof SupportDecision>;
