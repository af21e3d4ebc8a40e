/** KPIs: what is measured, from where to where, and the values recorded against it. */
import { z } from 'zod/mini';
import { Id } from './ids';
import { IsoDateTime, LIMITS, RecordContext, ServerFields, nullByDefault, patchOf, text } from './common';

export const Indicator = z.enum(['leading', 'lagging']);
/** increase: higher is better; decrease: lower is better; hold: stay within [range.min, range.max]. */
export const Direction = z.enum(['increase', 'decrease', 'hold']);
export type Indicator = z.infer<typeof Indicator>;
export type Direction = z.infer<typeof Direction>;

/** zod 4's number already refuses NaN and ±Infinity ("must be a finite number", see issue-messages.ts). */
const finite = z.number();

export const Range = z
  .strictObject({ min: finite, max: finite })
  .check(z.refine((r) => r.min <= r.max, { error: 'min must not exceed max', path: ['max'] }));

const metricShape = z.strictObject({
  id: Id,
  goalId: Id,
  name: text(LIMITS.name),
  indicator: Indicator,
  unit: z._default(z.string().check(z.trim(), z.maxLength(20)), ''),
  baseline: finite,
  target: finite,
  direction: Direction,
  range: nullByDefault(Range),
  weight: z._default(z.number().check(z.gte(0), z.lte(100)), 1),
  /** manual: typed by people; api: pushed by an integration key; otherwise the tool it is read from. */
  source: z._default(z.string().check(z.trim(), z.minLength(1), z.maxLength(60)), 'manual'),
  /** true: each value counts occurrences, so a one-click "+1" is offered; set by the author, never guessed from the unit. */
  counts: z._default(z.boolean(), false),
});
type MetricShape = z.infer<typeof metricShape>;

const metricRules = z.superRefine((m: MetricShape, ctx) => {
  if (m.direction === 'hold' && !m.range) ctx.addIssue({ code: 'custom', path: ['range'], message: 'is required when direction is hold' });
  if (m.direction === 'increase' && m.target < m.baseline)
    ctx.addIssue({ code: 'custom', path: ['target'], message: 'must be at least baseline when direction is increase' });
  if (m.direction === 'decrease' && m.target > m.baseline)
    ctx.addIssue({ code: 'custom', path: ['target'], message: 'must be at most baseline when direction is decrease' });
});

export const MetricFields = metricShape.check(metricRules);
export const Metric = z.extend(metricShape, ServerFields).check(metricRules);
export type Metric = z.infer<typeof Metric>;
export const MetricPatch = patchOf(z.omit(metricShape, { id: true, goalId: true }));
export type MetricPatch = z.infer<typeof MetricPatch>;

/** `tool:recordId` as the extension's adapters name records. */
export const RecordKey = z.string().check(z.maxLength(200), z.regex(/^[a-z][a-z0-9-]*:\S+$/, 'must be tool:recordId'));

export const MetricValueFields = z.strictObject({
  id: Id,
  metricId: Id,
  value: finite,
  at: IsoDateTime,
  context: nullByDefault(RecordContext),
  /**
   * The piece of work this value was recorded from (`tool:recordId`, e.g. a won deal); a metric
   * takes one value per key, so two devices cannot count the same deal twice. Optional, so
   * older clients and integrations stay valid.
   */
  recordKey: nullByDefault(RecordKey),
});
export const MetricValue = z.extend(MetricValueFields, {
  ...ServerFields,
  /** Who recorded it; null when an integration key pushed it. */
  recordedBy: z.nullable(Id),
});
export type MetricValue = z.infer<typeof MetricValue>;

export const MAX_METRIC_BATCH = 1000;

/** POST /v1/metrics/values: values recorded in one batch, all or none; an id left out is assigned by the server. */
export const MetricValueBatch = z.strictObject({
  values: z.array(z.extend(MetricValueFields, { id: z.optional(Id) })).check(z.minLength(1), z.maxLength(MAX_METRIC_BATCH)),
});
export type MetricValueBatch = z.infer<typeof MetricValueBatch>;
