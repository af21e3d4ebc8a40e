/** A tiny inline SVG line of a KPI's history, described in words for screen readers. */
import { formatValue } from './format';
import { useWidgetI18n } from '../i18n/widgets/i18n';

export const SPARKLINE_CSS = `
.sparkline { width: 5em; height: 1.5em; flex: none; overflow: visible; }
.sparkline polyline { fill: none; stroke: var(--_accent); stroke-width: 1.5; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
`;

const WIDTH = 100;
const HEIGHT = 24;

/** SVG points scaled into the view box, highest value at the top. */
export function sparklinePoints(values: readonly number[]): string {
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const step = WIDTH / Math.max(values.length - 1, 1);
  return values.map((v, i) => `${(i * step).toFixed(1)},${(HEIGHT - ((v - min) / span) * HEIGHT).toFixed(1)}`).join(' ');
}

/** Nothing to draw with fewer than two values. */
export function Sparkline({ values, unit }: { values: readonly number[]; unit: string }) {
  const { t, lang } = useWidgetI18n();
  if (values.length < 2) return null;
  const label = t('sparkline.label', { count: values.length, first: formatValue(values[0]!, unit, lang), last: formatValue(values.at(-1)!, unit, lang) });
  return (
    <svg part="sparkline" class="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <polyline points={sparklinePoints(values)} />
    </svg>
  );
}
