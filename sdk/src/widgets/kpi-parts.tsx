/** The pieces of a KPI that the goal tree's rows and the KPI card both show. */
import type { Indicator, Metric } from '../model';
import { formatValue } from './format';
import type { Locale } from '../i18n/locale';
import { useWidgetI18n } from '../i18n/widgets/i18n';

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
  const { t } = useWidgetI18n();
  return (
    <span part="badge" class={`badge ${indicator}`} title={t(`indicator.hint.${indicator}`)}>
      {t(`indicator.${indicator}`)}
      <span class="sr-only">{t('indicator.srSuffix')}</span>
    </span>
  );
}

/** What "target" means for the metric: a number, or a band for metrics to hold steady. */
export function targetText(metric: Pick<Metric, 'target' | 'unit' | 'direction' | 'range'>, lang?: Locale): string {
  if (metric.direction === 'hold' && metric.range) return `${formatValue(metric.range.min, '', lang)}–${formatValue(metric.range.max, metric.unit, lang)}`;
  return formatValue(metric.target, metric.unit, lang);
}

export function CurrentVsTarget({ metric, current }: { metric: Metric; current: number | null }) {
  const { t, lang } = useWidgetI18n();
  return (
    <span class="figures">
      <strong>{current === null ? t('kpi.noValue') : formatValue(current, metric.unit, lang)}</strong>
      <span class="muted">{t('kpi.target', { target: targetText(metric, lang) })}</span>
    </span>
  );
}
