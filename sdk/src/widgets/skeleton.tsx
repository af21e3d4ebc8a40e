import { useContext } from 'preact/hooks';
import { WidgetI18n } from '../i18n/widgets/i18n';

/**
 * Placeholder shown until a client exists (`waiting`: before `Sightline.init`) and while a
 * query loads. Before the locale's words arrive it has no label: `aria-busy` says enough.
 */
export function Skeleton({ label, waiting = false }: { label?: string; waiting?: boolean }) {
  const i18n = useContext(WidgetI18n);
  return (
    <div class="skeleton" aria-busy="true">
      {(label || i18n) && <span class="sr-only">{label ?? i18n!.t(waiting ? 'widget.waiting' : 'widget.loading')}</span>}
      <span aria-hidden="true" />
      <span aria-hidden="true" />
      <span aria-hidden="true" />
    </div>
  );
}
