/** KPIs: what is measured, from where to where, and the values recorded against it. */
import { z } from 'zod';
import { Id } from './ids';
import { IsoDateTime, LIMITS, RecordContext, ServerFields, patchOf, text } from './common';

export const Indicator = z.enum(['leading', 'lagging']);
/** increase: higher is better; decrease: lower is better; hold: stay within [range.min, range.max]. */
export const Direction = z.enum(['increase', 'decrease', 'hold']);
export type Indicator = z.infer<typeof Indicator>;
export type Direction = z.infer<typeof Direction>;

const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });

export const Range = z
  .strictObject({ min: finite, max: finite })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] });

const metricShape = z.strictObject({
  id: Id,
  goalId: Id,
  name: text(LIMITS.name),
  indicator: Indicator,
  unit: z.string().trim().max(20).default(''),
  baseline: finite,
  target: finite,
  direction: Direction,
  range: Range.nullable().default(null),
  weight: z.number().min(0).max(100).default(1),
  /** manual: typed by people; api: pushed by an integration key; otherwise the tool it is read from. */
  source: z.string().trim().min(1).max(60).default('manual'),
});
type MetricShape = z.infer<typeof metricShape>;

function checkMetric(m: MetricShape, ctx: z.core.$RefinementCtx<MetricShape>) {
  if (m.direction === 'hold' && !m.range) ctx.addIssue({ code: 'custom', path: ['range'], message: 'is required when direction is hold' });
  if (m.direction === 'increase' && m.target < m.baseline)
    ctx.addIssue({ code: 'custom', path: ['target'], message: 'must be at least baseline when direction is increase' });
  if (m.direction === 'decrease' && m.target > m.baseline)
    ctx.addIssue({ code: 'custom', path: ['target'], message: 'must be at most baseline when direction is decrease' });
}

export const MetricFields = metricShape.superRefine(checkMetric);
export const Metric = metricShape.extend(ServerFields).superRefine(checkMetric);
export type Metric = z.infer<typeof Metric>;
export const MetricPatch = patchOf(metricShape.omit({ id: true, goalId: true }));
export type MetricPatch = z.infer<typeof MetricPatch>;

export const MetricValueFields = z.strictObject({
  id: Id,
  metricId: Id,
  value: finite,
  at: IsoDateTime,
  context: RecordContext.nullable().default(null),
});
export const MetricValue = MetricValueFields.extend({
  ...ServerFields,
  /** Who recorded it; null when an integration key pushed it. */
  recordedBy: Id.nullable(),
});
export type MetricValue = z.infer<typeof MetricValue>;
