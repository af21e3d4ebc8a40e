/** The pieces of a KPI that the goal tree's rows and the KPI card both show. */
import type { Indicator, Metric } from '../model';
import { INDICATOR_HINT, INDICATOR_LABEL, formatValue } from './format';

export const KPI_PARTS_CSS = `
.badge {
  display: inline-block; border-radius: 4px; padding: 0 0.4em; font-size: 0.85em;
  border: 1px solid var(--_border); background: var(--_surface); color: var(--_fg);
}
.badge.leading { border-style: dashed; }
.figures { font-variant-numeric: tabular-nums; }
/* Each half stays on one line; a narrow column breaks between them. */
.figures > * { white-space: nowrap; }
`;

export function IndicatorBadge({ indicator }: { indicator: Indicator }) {
  return (
    <span part="badge" class={`badge ${indicator}`} title={INDICATOR_HINT[indicator]}>
      {INDICATOR_LABEL[indicator]}
      <span class="sr-only"> indicator</span>
    </span>
  );
}

/** What "target" means for the metric: a number, or a band for metrics to hold steady. */
export function targetText(metric: Pick<Metric, 'target' | 'unit' | 'direction' | 'range'>): string {
  if (metric.direction === 'hold' && metric.range) return `${formatValue(metric.range.min, '')}–${formatValue(metric.range.max, metric.unit)}`;
  return formatValue(metric.target, metric.unit);
}

export function CurrentVsTarget({ metric, current }: { metric: Metric; current: number | null }) {
  return (
    <span class="figures">
      <strong>{current === null ? 'No value yet' : formatValue(current, metric.unit)}</strong>
      <span class="muted"> · target {targetText(metric)}</span>
    </span>
  );
}
