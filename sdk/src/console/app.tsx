/** The console's shell: header with navigation and preferences, the page for the current route, and the shortcut help. */
import { effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { ConsoleConfig } from './config';
import { isAdminLike } from './admin-roles';
import { LOCALES, LOCALE_NAMES, locale, setLocale, t, tPlural, type Locale } from '../i18n/console/i18n';
import { installShortcuts } from './keyboard';
import { Loading, Page } from './page';
import { DevelopmentPage } from './development/development-page';
import { DuePage } from './due/due-page';
import { FirstRunPage } from './first-run-page';
import { GoalPage } from './goal/goal-page';
import { ImportPage } from './goal/import-page';
import { CheckInPage, GoalsPage } from './pages';
import { location, matchPath, navigate } from './router';
import { session, signOut } from './session';
import { SetupPage } from './setup/setup-page';
import { isStep } from './setup/steps';
import { SignInPage } from './sign-in-page';
import { OneOnOnePage } from './team/one-on-one-page';
import { RequestsPage, useInboxCount } from './requests/requests-page';
import { CalibrationPage } from './reviews/calibration-page';
import { ReviewPage } from './reviews/review-page';
import { ReviewsPage } from './reviews/reviews-page';
import { TeamPage } from './team/team-page';
import { THEME_CHOICES, setTheme, theme, widgetTheme, type ThemeChoice } from './theme';
import { ready, useQuery } from './use-query';
import './widget-elements';

/** Where /app leads: a new admin to the wizard, a manager to their team, everyone else to the goals. */
function Home() {
  const me = ready(useQuery('me', {}));
  const cycles = ready(useQuery('cycles', {}));
  const people = ready(useQuery('people', {}));
  useEffect(() => {
    if (!me || !cycles || !people) return;
    if (cycles.length === 0 && isAdminLike(me.role)) navigate('/app/setup/cycle', { replace: true });
    else if (people.some((p) => p.managerId === me.id)) navigate('/app/team', { replace: true });
    else navigate('/app/goals', { replace: true });
  }, [me, cycles, people]);
  return <Loading />;
}

function NotFound() {
  return (
    <Page title={t('app.notFound')}>
      <p>
        <a href="/app">{t('app.backHome')}</a>
      </p>
    </Page>
  );
}

function Route() {
  const { path } = location.value;
  if (path === '/app') return <Home />;
  if (path === '/app/goals') return <GoalsPage />;
  if (path === '/app/goals/import') return <ImportPage />;
  const goal = matchPath('/app/goals/:id', path);
  if (goal) return <GoalPage key={goal.id} goalId={goal.id!} />;
  if (path === '/app/team') return <TeamPage />;
  if (path === '/app/check-in') return <CheckInPage />;
  if (path === '/app/development') return <DevelopmentPage />;
  if (path === '/app/due') return <DuePage />;
  if (path === '/app/setup') return <SetupPage step="cycle" />;
  const setup = matchPath('/app/setup/:step', path);
  if (setup && isStep(setup.step!)) return <SetupPage key={setup.step} step={setup.step} />;
  const person = matchPath('/app/people/:id', path);
  if (person) return <OneOnOnePage key={person.id} personId={person.id!} />;
  if (path === '/app/requests') return <RequestsPage />;
  if (path === '/app/reviews') return <ReviewsPage />;
  const review = matchPath('/app/reviews/:id', path);
  if (review) return <ReviewPage key={review.id} reviewId={review.id!} />;
  if (path === '/app/calibration') return <CalibrationPage />;
  return <NotFound />;
}

const NAV: Array<[string, Parameters<typeof t>[0]]> = [
  ['/app/goals', 'nav.goals'],
  ['/app/team', 'nav.team'],
  ['/app/check-in', 'nav.checkIn'],
  ['/app/due', 'nav.due'],
  ['/app/development', 'nav.development'],
  ['/app/setup/cycle', 'nav.setup'],
  ['/app/requests', 'nav.requests'],
  ['/app/reviews', 'nav.reviews'],
];

/** The requests entry says how many requests wait for the viewer's answer. */
function InboxBadge() {
  const count = useInboxCount();
  if (!count) return null;
  return (
    <>
      {' '}
      <span class="count" aria-hidden="true">
        {count}
      </span>
      <span class="visually-hidden">{tPlural('nav.requestsDue', count)}</span>
    </>
  );
}

/** Calibration is for people admins only, so only they see its entry. */
function CalibrationEntry({ path }: { path: string }) {
  const me = ready(useQuery('me', {}));
  if (!me || !isAdminLike(me.role)) return null;
  return (
    <li>
      <a href="/app/calibration" aria-current={path === '/app/calibration' ? 'page' : undefined}>
        {t('nav.calibration')}
      </a>
    </li>
  );
}

function Header({ signedIn }: { signedIn: boolean }) {
  const { path } = location.value;
  return (
    <header class="top">
      <a class="brand" href="/app">
        {t('app.name')}
      </a>
      {signedIn && (
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map(([href, label]) => (
              <li key={href}>
                <a href={href} aria-current={path === href || (href.startsWith('/app/setup') && path.startsWith('/app/setup')) || (href === '/app/reviews' && path.startsWith('/app/reviews/')) ? 'page' : undefined}>
                  {t(label)}
                  {href === '/app/requests' && <InboxBadge />}
                </a>
              </li>
            ))}
            <CalibrationEntry path={path} />
          </ul>
        </nav>
      )}
      <div class="prefs">
        {signedIn && <sightline-sync-status theme={widgetTheme(theme.value)} />}
        <label>
          <span class="visually-hidden">{t('theme.label')}</span>
          <select value={theme.value} onChange={(e) => setTheme(e.currentTarget.value as ThemeChoice)} title={t('theme.label')}>
            {THEME_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`theme.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('locale.label')}</span>
          <select value={locale.value} onChange={(e) => setLocale(e.currentTarget.value as Locale)} title={t('locale.label')}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        {signedIn && (
          <button type="button" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}

function ShortcutHelp({ dialog }: { dialog: { current: HTMLDialogElement | null } }) {
  const keys = ['shortcuts.goals', 'shortcuts.team', 'shortcuts.checkIn', 'shortcuts.setup', 'shortcuts.requests', 'shortcuts.reviews', 'shortcuts.calibration', 'shortcuts.development', 'shortcuts.due', 'shortcuts.list', 'shortcuts.help'] as const;
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <ul>
        {keys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit">{t('shortcuts.close')}</button>
      </form>
    </dialog>
  );
}

export function App({ config }: { config: ConsoleConfig }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const current = session.value;
  useEffect(() => installShortcuts(document, { navigate, help: () => dialog.current?.showModal() }), []);
  // A signal effect, not a render effect: <html lang> changes with the words, in the same tick.
  useEffect(
    () =>
      effect(() => {
        document.documentElement.lang = locale.value;
      }),
    [],
  );
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header signedIn={current.status === 'signed-in'} />
      <main id="main" tabIndex={-1}>
        {location.value.path === '/app/first-run' ? (
          <FirstRunPage />
        ) : current.status === 'starting' ? (
          <Loading />
        ) : current.status === 'signed-out' ? (
          <SignInPage config={config} problem={current.problem} />
        ) : (
          <Route />
        )}
      </main>
      <footer class="muted">
        <button type="button" class="link" onClick={() => dialog.current?.showModal()}>
          {t('nav.shortcuts')}
        </button>
      </footer>
      <ShortcutHelp dialog={dialog} />
    </>
  );
}
