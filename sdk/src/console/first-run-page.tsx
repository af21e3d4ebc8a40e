/**
 * The first run (`/app/first-run`): on a server without any org, the operator creates the first
 * org and its admin with the one-time setup token the server keeps in a file (or
 * SIGHTLINE_SETUP_TOKEN), and is signed in as that admin, ready for the set-up wizard. Once an
 * org exists the server answers 404 and this page says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { Field } from '../widgets/field';
import { signInApi, type SignInApi } from './auth/sign-in-api';
import { formFields } from './form';
import { t } from '../i18n/console/i18n';
import { Loading, Page } from './page';
import { navigate } from './router';
import { signIn } from './session';

function useFirstRunOpen(api: SignInApi): boolean | null {
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    api.firstRunOpen().then(setOpen, () => setOpen(false));
  }, []);
  return open;
}

/** On the sign-in page: a way to the first run while the server has no org. */
export function FirstRunNotice() {
  const open = useFirstRunOpen(signInApi(window.location.origin));
  if (!open) return null;
  return (
    <p class="card">
      {t('firstRun.notice')} <a href="/app/first-run">{t('firstRun.title')}</a>
    </p>
  );
}

export function FirstRunPage() {
  const api = signInApi(window.location.origin);
  const open = useFirstRunOpen(api);
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  if (open === null) return <Loading />;
  if (!open)
    return (
      <Page title={t('firstRun.goneTitle')}>
        <p>{t('firstRun.gone')}</p>
        <p>
          <a href="/app">{t('app.backHome')}</a>
        </p>
      </Page>
    );

  const create = (event: Event) => {
    const field = formFields(event);
    setWorking(true);
    setFailure(null);
    api
      .firstRun({ setupToken: field('setupToken').trim(), name: field('name'), slug: field('slug'), adminEmail: field('adminEmail'), adminName: field('adminName') })
      .then(async (credentials) => {
        await signIn(credentials);
        navigate('/app/setup/cycle', { replace: true });
      })
      .catch((error: unknown) => setFailure(t('firstRun.failed', { reason: error instanceof Error ? error.message : String(error) })))
      .finally(() => setWorking(false));
  };

  return (
    <Page title={t('firstRun.title')}>
      <p>{t('firstRun.intro')}</p>
      {failure && (
        <p class="status error" role="alert">
          {failure}
        </p>
      )}
      {working && <p role="status">{t('firstRun.working')}</p>}
      <form class="form" onSubmit={create}>
        <Field id="first-run-token" label={t('firstRun.token')} hint={t('firstRun.tokenHint')}>
          {(p) => <input {...p} name="setupToken" type="password" required autocomplete="off" />}
        </Field>
        <div class="row">
          <Field id="first-run-name" label={t('firstRun.orgName')}>
            {(p) => <input {...p} name="name" required autocomplete="organization" />}
          </Field>
          <Field id="first-run-slug" label={t('firstRun.slug')} hint={t('firstRun.slugHint')}>
            {(p) => <input {...p} name="slug" required pattern="[a-z0-9][a-z0-9-]{1,62}" />}
          </Field>
        </div>
        <div class="row">
          <Field id="first-run-admin-name" label={t('firstRun.adminName')}>
            {(p) => <input {...p} name="adminName" required autocomplete="name" />}
          </Field>
          <Field id="first-run-admin-email" label={t('firstRun.adminEmail')}>
            {(p) => <input {...p} name="adminEmail" type="email" required autocomplete="email" />}
          </Field>
        </div>
        <button type="submit" class="primary" disabled={working}>
          {t('firstRun.create')}
        </button>
      </form>
    </Page>
  );
}
