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
import { useWidgetI18n } from '../i18n/widgets/i18n';
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
  const { t, lang } = useWidgetI18n();
  const { metric, history, current } = view;
  const previous = history.at(-2)?.value;
  const trend = current !== null && previous !== undefined ? trendOf(metric, previous, current) : null;
  return (
    <div class="row trend">
      <Sparkline values={history.map((h) => h.value)} unit={metric.unit} />
      {trend && (
        <p class={`delta ${trend}`}>
          {t('kpi.delta', { delta: formatDelta(current! - previous!, metric.unit, lang), trend: t(`kpi.trend.${trend}`) })}
        </p>
      )}
    </div>
  );
}

export function Kpi({ client, metric }: WidgetProps<typeof kpiAttributes>) {
  const i18n = useWidgetI18n();
  const { t } = i18n;
  const kpi = useWatch(client, 'kpi', metric ? { metricId: metric } : null);
  if (kpi.status === 'idle')
    return (
      <p role="alert" class="error">
        {t('kpi.noMetric')}
      </p>
    );
  if (kpi.status === 'error') return <p role="alert" class="error">{t('kpi.loadFailed', { reason: kpi.message })}</p>;
  if (kpi.status === 'loading') return <Skeleton label={t('kpi.loading')} />;
  if (!kpi.data) return <p class="muted">{t('kpi.missing')}</p>;

  const view = kpi.data;
  const m = view.metric;
  return (
    <article part="card" class="card kpi" aria-label={t('kpi.label', { name: m.name })}>
      <div class="row">
        <span class="name">{m.name}</span>
        <IndicatorBadge indicator={m.indicator} />
        <StatusPill status={view.status} />
      </div>
      {view.goal && <p class="goal muted">{t('kpi.goal', { title: view.goal.title })}</p>}
      <p class="headline">
        <CurrentVsTarget metric={m} current={view.current} />
      </p>
      <ProgressBar value={view.current === null ? null : view.progress} label={t('progress.of', { name: m.name })} />
      <TrendLine view={view} />
      <p class="direction muted">{describeDirection(i18n, m.direction, m.range, m.unit)}</p>
    </article>
  );
}

export const widget: Widget<typeof kpiAttributes> = { Component: Kpi, css: PROGRESS_BAR_CSS + STATUS_PILL_CSS + SPARKLINE_CSS + KPI_PARTS_CSS + CSS };
