/**
 * The development loop: a skill gap is raised from coaching feedback or a review, development
 * actions work on it, and the effect read compares the evidence before and after.
 */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDate, LIMITS, ServerFields, optionalText } from './common';
import { DevelopmentAction } from './growth';
import { Metric } from './metric';

export const SkillGapSource = z.enum(['feedback', 'review']);
export const SkillGapStatus = z.enum(['open', 'closed']);

const gapShape = z.strictObject({
  id: Id,
  personId: Id,
  skillId: Id,
  source: SkillGapSource,
  /** The coaching feedback or the review the gap was seen in (the one matching `source`). */
  sourceId: Id,
  note: optionalText(LIMITS.note),
  status: z._default(SkillGapStatus, 'open'),
});

export const SkillGapFields = gapShape;
export const SkillGap = z.extend(gapShape, { ...ServerFields, raisedBy: Id });
export type SkillGap = z.infer<typeof SkillGap>;

const FeedbackCounts = z.object({ praise: z.int(), coaching: z.int(), observation: z.int(), self: z.int() });

/** GET /v1/development/effect?actionId: the evidence on the action's skill and goal before and after it started. */
export const DevelopmentEffect = z.object({
  action: DevelopmentAction,
  /** The action's startedOn; before: earlier days, after: that day and later. */
  pivot: IsoDate,
  /** Feedback about the person tagged with the action's skill, by kind (null without a skill). */
  feedback: z.nullable(z.object({ before: FeedbackCounts, after: FeedbackCounts })),
  /** Each KPI of the action's goal: its last value before the pivot and its latest value since. */
  kpis: z.array(z.object({ metric: Metric, before: z.nullable(z.number()), after: z.nullable(z.number()) })),
});
export type DevelopmentEffect = z.infer<typeof DevelopmentEffect>;
