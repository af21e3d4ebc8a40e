/**
 * The reads behind a review: the period's evidence (so nobody writes from memory) and the
 * calibration view for people admins. Shapes of GET /v1/reviews/evidence and /calibration.
 */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDate } from './common';
import { Goal } from './goal';
import { Metric } from './metric';
import { CheckIn } from './checkin';
import { Feedback } from './feedback';
import { SupportDecision } from './support';

export const EvidenceGoal = z.object({
  goal: Goal,
  /** As rollUp computes it at the end of the period (or now, if sooner). */
  progress: z.nullable(z.number()),
  expected: z.number(),
  status: z.nullable(z.enum(['on_track', 'at_risk', 'off_track'])),
  metrics: z.array(z.object({ metric: Metric, current: z.nullable(z.number()) })),
});

export const ReviewEvidence = z.object({
  subjectId: Id,
  cycleId: Id,
  from: IsoDate,
  to: IsoDate,
  /** The subject's goals of the cycle that the viewer may see. */
  goals: z.array(EvidenceGoal),
  /** Check-ins of the period that name a barrier or a support need, with the decision taken on each. */
  checkIns: z.array(z.object({ checkIn: CheckIn, supportDecision: z.nullable(SupportDecision) })),
  /** Feedback about the subject given in the period, each with the record (ticket, deal) it was given on. */
  feedback: z.array(Feedback),
});
export type ReviewEvidence = z.infer<typeof ReviewEvidence>;

const count = z.int().check(z.nonnegative());
export const RatingSummary = z.object({
  count,
  mean: z.nullable(z.number()),
  calibratedMean: z.nullable(z.number()),
  /** How many ratings of 1, 2, 3, 4 and 5. */
  distribution: z.array(count).check(z.length(5)),
});
export type RatingSummary = z.infer<typeof RatingSummary>;

export const Calibration = z.object({
  cycleId: Id,
  org: RatingSummary,
  /** One row per reviewer; `offset` is their mean minus the org's: who rates high, who low. */
  reviewers: z.array(z.extend(RatingSummary, { reviewerId: Id, offset: z.nullable(z.number()) })),
});
export type Calibration = z.infer<typeof Calibration>;
