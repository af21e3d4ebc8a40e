/** Pace status as words plus a distinct shape, so it never depends on colour alone. */
import type { PaceStatus } from '../model';
import { useWidgetI18n } from '../i18n/widgets/i18n';

export const STATUS_PILL_CSS = `
.pill {
  display: inline-flex; align-items: center; gap: 0.35em; white-space: nowrap;
  border: 1px solid currentColor; border-radius: 999px; padding: 0 0.6em; font-size: 0.9em; font-weight: 600;
}
.pill.on_track { color: var(--_on-track); }
.pill.at_risk { color: var(--_at-risk); }
.pill.off_track { color: var(--_off-track); }
.pill.unmeasured { color: var(--_muted); font-weight: 400; }
`;

const SHAPE: Record<PaceStatus, string> = { on_track: '●', at_risk: '▲', off_track: '■' };

export function StatusPill({ status }: { status: PaceStatus | null }) {
  const { t } = useWidgetI18n();
  if (!status)
    return (
      <span part="status" class="pill unmeasured">
        {t('status.unmeasured')}
      </span>
    );
  return (
    <span part="status" class={`pill ${status}`}>
      <span aria-hidden="true">{SHAPE[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}
