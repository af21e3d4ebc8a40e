/** Confidence per goal over the recent weeks, as numbers with the trend in words (never colour alone). */
import { t } from '../../i18n/console/i18n';
import type { ConfidenceTrend } from './weekly-summary';

const ARROW = { up: '↗', down: '↘', flat: '→' } as const;

export function ConfidenceTrends({ trends }: { trends: readonly ConfidenceTrend[] }) {
  if (trends.length === 0) return <span class="muted">{t('trend.none')}</span>;
  return (
    <ul class="trends">
      {trends.map((trend) => {
        const values = trend.values.map((v) => (v === null ? '–' : String(v))).join(' · ');
        const word = trend.trend ? t(`trend.${trend.trend}`) : t('trend.none');
        return (
          <li key={trend.goalId} class={trend.trend ? `trend-${trend.trend}` : undefined}>
            <span class="goal">{trend.title}</span>{' '}
            <span class="values">
              {values} {trend.trend && <span aria-hidden="true">{ARROW[trend.trend]}</span>} <span class="word">{word}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
