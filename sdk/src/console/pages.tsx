/** The console's simple pages: the goal cascade of a cycle, and one's own weekly check-in, both the SDK's widgets. */
import { t } from '../i18n/console/i18n';
import { Loading, Page } from './page';
import { location, navigate, withQuery } from './router';
import { theme, widgetTheme } from './theme';
import { ready, useQuery } from './use-query';

export function GoalsPage() {
  const cycles = ready(useQuery('cycles', {}));
  if (!cycles) return <Loading />;
  const cycleId = location.value.query.get('cycle') ?? cycles[0]?.id ?? null;
  return (
    <Page title={t('goals.title')}>
      {cycles.length === 0 ? (
        <p>
          {t('goals.empty')} <a href="/app/setup/cycle">{t('goals.setUp')}</a>
        </p>
      ) : (
        <>
          <div class="field inline">
            <label for="goals-cycle">{t('goals.cycle')}</label>
            <select id="goals-cycle" value={cycleId ?? ''} onChange={(e) => navigate(withQuery('/app/goals', { cycle: e.currentTarget.value }), { replace: true })}>
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <sightline-goals scope="all" cycle={cycleId ?? undefined} theme={widgetTheme(theme.value)} />
        </>
      )}
    </Page>
  );
}

export function CheckInPage() {
  return (
    <Page title={t('checkIn.title')}>
      <sightline-checkin theme={widgetTheme(theme.value)} />
    </Page>
  );
}
