/**
 * Signing in: single sign-on when the org has it (or, on a server with several orgs, for the org
 * named), else a one-time sign-in code or a personal token; demo sign-in only in demo mode.
 */
import { useState } from 'preact/hooks';
import { Field } from '../widgets/field';
import { signInApi } from './auth/sign-in-api';
import type { Credentials } from './auth/credentials';
import type { ConsoleConfig } from './config';
import { FirstRunNotice } from './first-run-page';
import { formFields } from './form';
import { t } from '../i18n/console/i18n';
import { Page } from './page';
import { signIn } from './session';

const ssoStart = (org: string) => `/v1/auth/sso/${encodeURIComponent(org)}/start?redirect=${encodeURIComponent('/app')}`;

export function SignInPage({ config, problem }: { config: ConsoleConfig; problem: string | null }) {
  const api = signInApi(window.location.origin);
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = (exchange: (field: (name: string) => string) => Promise<Credentials>) => (event: Event) => {
    const field = formFields(event);
    setWorking(true);
    setFailure(null);
    exchange(field)
      .then(signIn)
      .catch((error: unknown) => setFailure(t('signIn.failed', { reason: error instanceof Error ? error.message : String(error) })))
      .finally(() => setWorking(false));
  };

  return (
    <Page title={t('signIn.title')}>
      <div class="sign-in">
        <FirstRunNotice />
        {(problem || failure) && (
          <p class="status error" role="alert">
            {failure ?? t('signIn.refused', { reason: problem! })}
          </p>
        )}
        {working && <p role="status">{t('signIn.working')}</p>}
        {config.ssoOrg ? (
          <p>
            <a class="button primary" href={ssoStart(config.ssoOrg)}>
              {t('signIn.sso', { org: config.ssoOrg })}
            </a>
          </p>
        ) : (
          <form class="form" action="#" onSubmit={(e) => window.location.assign(ssoStart(formFields(e)('org')))}>
            <h2>{t('signIn.ssoOther')}</h2>
            <Field id="sso-org" label={t('signIn.ssoOrg')} hint={t('signIn.ssoOrgHint')}>
              {(p) => <input {...p} name="org" required pattern="[a-z0-9][a-z0-9-]{1,62}" autocomplete="organization" />}
            </Field>
            <button type="submit">{t('signIn.ssoOther')}</button>
          </form>
        )}
        <form class="form" onSubmit={submit((field) => api.code(field('code')))}>
          <h2>{t('signIn.code')}</h2>
          <Field id="sign-in-code" label={t('signIn.code')} hint={t('signIn.codeHint')}>
            {(p) => <input {...p} name="code" required autocomplete="one-time-code" />}
          </Field>
          <button type="submit" class="primary" disabled={working}>
            {t('signIn.codeSubmit')}
          </button>
        </form>
        <form class="form" onSubmit={submit((field) => api.token(field('token')))}>
          <h2>{t('signIn.token')}</h2>
          <Field id="sign-in-token" label={t('signIn.token')} hint={t('signIn.tokenHint')}>
            {(p) => <input {...p} name="token" type="password" required autocomplete="off" />}
          </Field>
          <button type="submit" disabled={working}>
            {t('signIn.tokenSubmit')}
          </button>
        </form>
        {config.demo && (
          <form class="form demo" onSubmit={submit((field) => api.demo(field('email')))}>
            <h2>{t('signIn.demo')}</h2>
            <p class="hint">{t('signIn.demoHint')}</p>
            <Field id="demo-email" label={t('signIn.demoEmail')}>
              {(p) => <input {...p} name="email" type="email" required autocomplete="email" />}
            </Field>
            <button type="submit" disabled={working}>
              {t('signIn.demoSubmit')}
            </button>
          </form>
        )}
      </div>
    </Page>
  );
}
