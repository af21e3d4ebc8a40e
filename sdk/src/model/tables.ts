/**
 * The synced tables: the one list the server's pull, the client's IndexedDB store and the
 * mutation handlers agree on. Keys are the wire names; `sql` is the server table.
 */
import type { z } from 'zod/mini';
import { Cycle, Person, Team } from './org';
import { Goal } from './goal';
import { Metric, MetricValue } from './metric';
import { CheckIn } from './checkin';
import { Feedback, FeedbackRequest } from './feedback';
import { DevelopmentAction, Review, Skill } from './growth';
import { SupportDecision } from './support';
import { ReviewTemplate } from './review-template';
import { Cadence } from './cadence';
import { SkillGap } from './development';

export const TABLES = {
  persons: { schema: Person, sql: 'persons' },
  teams: { schema: Team, sql: 'teams' },
  cycles: { schema: Cycle, sql: 'cycles' },
  goals: { schema: Goal, sql: 'goals' },
  metrics: { schema: Metric, sql: 'metrics' },
  metricValues: { schema: MetricValue, sql: 'metric_values' },
  checkIns: { schema: CheckIn, sql: 'check_ins' },
  feedback: { schema: Feedback, sql: 'feedback' },
  feedbackRequests: { schema: FeedbackRequest, sql: 'feedback_requests' },
  skills: { schema: Skill, sql: 'skills' },
  developmentActions: { schema: DevelopmentAction, sql: 'development_actions' },
  reviews: { schema: Review, sql: 'reviews' },
  supportDecisions: { schema: SupportDecision, sql: 'support_decisions' },
  reviewTemplates: { schema: ReviewTemplate, sql: 'review_templates' },
  checkInCadences: { schema: Cadence, sql: 'check_in_cadences' },
  skillGaps: { schema: SkillGap, sql: 'skill_gaps' },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type RowOf<T extends TableName> = z.infer<(typeof TABLES)[T]['schema']>;
