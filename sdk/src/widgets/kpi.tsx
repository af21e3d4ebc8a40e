/**
 * `<sightline-kpi metric="<id>">`: one KPI as a card: current vs target, progress, whether it
 * leads or lags, which way is better, the trend since the previous value and the pace status.
 */
import { metricProgress } from '../model/progress';
import type { Metric } from '../model';
import type { KpiView } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { kpiAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { describeDirection, formatDelta } from './format';
import { PROGRESS_BAR_CSS, ProgressBar } from './progress-bar';
import { STATUS_PILL_CSS, StatusPill } from './status-pill';
import { SPARKLINE_CSS, Sparkline } from './sparkline';
import { CurrentVsTarget, IndicatorBadge, KPI_PARTS_CSS } from './kpi-parts';

const CSS = `
.kpi { display: grid; gap: var(--_space); }
.name { font-weight: 600; flex: 1 1 auto; overflow-wrap: anywhere; }
.goal, .direction, .trend p { margin: 0; }
.headline { margin: 0; font-size: 1.25em; }
.delta.improving { color: var(--_on-track); }
.delta.worsening { color: var(--_off-track); }
`;

type Trend = 'improving' | 'worsening' | 'steady';

/** Judged by progress toward the target, so "lower is better" and "hold within a band" read right. */
export function trendOf(metric: Metric, previous: number, current: number): Trend {
  const change = metricProgress(metric, current) - metricProgress(metric, previous);
  return change > 0 ? 'improving' : change < 0 ? 'worsening' : 'steady';
}

function TrendLine({ view }: { view: KpiView }) {
  const { metric, history, current } = view;
  const previous = history.at(-2)?.value;
  const trend = current !== null && previous !== undefined ? trendOf(metric, previous, current) : null;
  return (
    <div class="row trend">
      <Sparkline values={history.map((h) => h.value)} unit={metric.unit} />
      {trend && (
        <p class={`delta ${trend}`}>
          {formatDelta(current! - previous!, metric.unit)} since previous value · {trend}
        </p>
      )}
    </div>
  );
}

export function Kpi({ client, metric }: WidgetProps<typeof kpiAttributes>) {
  const kpi = useWatch(client, 'kpi', metric ? { metricId: metric } : null);
  if (kpi.status === 'idle')
    return (
      <p role="alert" class="error">
        Set the metric attribute to the id of a KPI.
      </p>
    );
  if (kpi.status === 'error') return <p role="alert" class="error">Could not load the KPI: {kpi.message}</p>;
  if (kpi.status === 'loading') return <Skeleton label="Loading KPI…" />;
  if (!kpi.data) return <p class="muted">This KPI does not exist or is not visible to you.</p>;

  const view = kpi.data;
  const m = view.metric;
  return (
    <article part="card" class="card kpi" aria-label={`KPI: ${m.name}`}>
      <div class="row">
        <span class="name">{m.name}</span>
        <IndicatorBadge indicator={m.indicator} />
        <StatusPill status={view.status} />
      </div>
      {view.goal && <p class="goal muted">Goal: {view.goal.title}</p>}
      <p class="headline">
        <CurrentVsTarget metric={m} current={view.current} />
      </p>
      <ProgressBar value={view.current === null ? null : view.progress} label={`Progress of ${m.name}`} />
      <TrendLine view={view} />
      <p class="direction muted">{describeDirection(m.direction, m.range, m.unit)}</p>
    </article>
  );
}

export const widget: Widget<typeof kpiAttributes> = { Component: Kpi, css: PROGRESS_BAR_CSS + STATUS_PILL_CSS + SPARKLINE_CSS + KPI_PARTS_CSS + CSS };
