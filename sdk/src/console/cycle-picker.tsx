/** The cycle a page shows, chosen from the org's cycles and kept in the URL (`?cycle=…`), so the view can be shared. */
import type { Cycle } from '../model';
import { t } from '../i18n/console/i18n';
import { navigate, withQuery } from './router';

export function CyclePicker({ id, path, cycles, value }: { id: string; path: string; cycles: readonly Cycle[]; value: string }) {
  return (
    <div class="field inline">
      <label for={id}>{t('goals.cycle')}</label>
      <select id={id} value={value} onChange={(e) => navigate(withQuery(path, { cycle: e.currentTarget.value }), { replace: true })}>
        {cycles.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
