/** A labelled progress bar with its value as text, and a tick where the pace says it should be by now. */
import { cssPercent, formatPercent } from './format';
import { useWidgetI18n } from '../i18n/widgets/i18n';

export const PROGRESS_BAR_CSS = `
.progress { display: flex; align-items: center; gap: var(--_space); min-width: 8em; }
.bar {
  position: relative; flex: 1; height: 8px; min-width: 4em;
  background: var(--_surface); border: 1px solid var(--_border); border-radius: 999px; overflow: hidden;
}
.bar .fill { height: 100%; background: var(--_accent); border-radius: inherit; }
.bar .expected { position: absolute; top: -1px; bottom: -1px; width: 2px; background: var(--_fg); opacity: 0.6; }
.progress .value { font-variant-numeric: tabular-nums; min-width: 3.5ch; text-align: end; }
`;

export function ProgressBar({ value, expected, label }: { value: number | null; expected?: number; label: string }) {
  const { t, lang } = useWidgetI18n();
  if (value === null) return <p class="progress muted">{t('progress.none')}</p>;
  const percent = formatPercent(value, lang);
  const valueText = expected === undefined ? percent : t('progress.expected', { percent, expected: formatPercent(expected, lang) });
  return (
    <div class="progress">
      {/* Widths go through the CSSOM (style object), which a strict CSP allows; style attributes would not be. */}
      <div
        part="bar"
        class="bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(value * 100)}
        aria-valuetext={valueText}
      >
        <div class="fill" style={{ width: cssPercent(value) }} />
        {expected !== undefined && <div class="expected" style={{ left: cssPercent(expected) }} />}
      </div>
      <span class="value" aria-hidden="true">
        {percent}
      </span>
    </div>
  );
}
