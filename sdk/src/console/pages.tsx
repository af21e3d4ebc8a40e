/** The console's simple pages: the goal cascade of a cycle, and one's own weekly check-in, both the SDK's widgets. */
import { GoalLinks } from './goal/goal-page';
import { t } from '../i18n/console/i18n';
import { Loading, Page } from './page';
import { CyclePicker } from './cycle-picker';
import { location } from './router';
import { theme, widgetTheme } from './theme';
import { ready, useQuery } from './use-query';

export function GoalsPage() {
  const cycles = ready(useQuery('cycles', {}));
  if (!cycles) return <Loading />;
  const cycleId = location.value.query.get('cycle') ?? cycles[0]?.id ?? null;
  return (
    <Page title={t('goals.title')} actions={<a href="/app/goals/import">{t('goalPage.import')}</a>}>
      {cycles.length === 0 ? (
        <p>
          {t('goals.empty')} <a href="/app/setup/cycle">{t('goals.setUp')}</a>
        </p>
      ) : (
        <>
          <CyclePicker id="goals-cycle" path="/app/goals" cycles={cycles} value={cycleId ?? ''} />
          <sightline-goals scope="all" cycle={cycleId ?? undefined} theme={widgetTheme(theme.value)} />
          {cycleId && <GoalLinks cycleId={cycleId} />}
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
