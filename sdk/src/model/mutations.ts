/**
 * The closed set of mutations a client may push. Each name has one args schema here and one
 * handler on the server; a name not listed is rejected, never guessed at.
 */
import { z } from 'zod/mini';
import { Id } from './ids';
import { LIMITS, optionalText } from './common';
import { CycleFields, CyclePatch, TeamFields, TeamPatch } from './org';
import { GoalFields, GoalPatch } from './goal';
import { MetricFields, MetricPatch, MetricValueFields } from './metric';
import { CheckInFields } from './checkin';
import { FeedbackFields, FeedbackRequestFields } from './feedback';
import { DevelopmentActionFields, DevelopmentActionPatch, Rating, ReviewFields, SkillFields } from './growth';
import { SupportDecisionFields } from './support';
import { ReviewTemplateFields } from './review-template';
import { CadenceFields } from './cadence';
import { SkillGapFields, SkillGapStatus } from './development';

const byId = z.strictObject({ id: Id });

export const MUTATIONS = {
  'cycle.create': CycleFields,
  'cycle.update': z.strictObject({ id: Id, patch: CyclePatch }),
  'team.create': TeamFields,
  'team.update': z.strictObject({ id: Id, patch: TeamPatch }),
  'goal.create': GoalFields,
  'goal.update': z.strictObject({ id: Id, patch: GoalPatch }),
  'goal.delete': byId,
  'metric.create': MetricFields,
  'metric.update': z.strictObject({ id: Id, patch: MetricPatch }),
  'metric.record': MetricValueFields,
  'checkin.submit': CheckInFields,
  'feedback.create': FeedbackFields,
  'feedback.delete': byId,
  'feedbackRequest.create': FeedbackRequestFields,
  'feedbackRequest.decline': z.strictObject({ id: Id, reason: optionalText(LIMITS.note) }),
  'feedbackRequest.cancel': byId,
  'support.decide': SupportDecisionFields,
  'skill.create': SkillFields,
  'developmentAction.create': DevelopmentActionFields,
  'developmentAction.update': z.strictObject({ id: Id, patch: DevelopmentActionPatch }),
  'review.save': ReviewFields,
  'review.calibrate': z.strictObject({ id: Id, calibratedRating: Rating }),
  'review.share': byId,
  'reviewTemplate.save': ReviewTemplateFields,
  'cadence.set': CadenceFields,
  'skillGap.raise': SkillGapFields,
  'skillGap.setStatus': z.strictObject({ id: Id, status: SkillGapStatus }),
} as const;

export type MutationName = keyof typeof MUTATIONS;
export const MUTATION_NAMES = Object.keys(MUTATIONS) as [MutationName, ...MutationName[]];
/** What a caller writes (defaults may be omitted). */
export type MutationInput<N extends MutationName> = z.input<(typeof MUTATIONS)[N]>;
/** What a handler receives after parsing. */
export type MutationArgs<N extends MutationName> = z.output<(typeof MUTATIONS)[N]>;
