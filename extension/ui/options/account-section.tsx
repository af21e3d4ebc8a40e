/**
 * Signing in with the backend's address and a personal token or the org's single sign-on, and
 * signing out. The address's host permission is requested in the click handler itself (a
 * permission prompt needs the user's gesture), then the background checks the token with the server.
 */
import type { SightlineClient } from '@sightline/sdk/client';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import { useState } from 'preact/hooks';
import type { ControlApi } from '../../rpc/control-caller';
import { Endpoint, endpointPermission } from '../../settings/endpoint';
import type { SettingsView } from '../../settings/settings-view';
import type { PermissionsApi } from '../../settings/tool-permissions';
import { SyncStatusWidget } from '../shared/elements';
import { messageOf } from '../shared/message-of';
import { t, tPlural } from '../shared/i18n';

interface Props {
  settings: SettingsView;
  onSettings: (settings: SettingsView) => void;
  control: ControlApi;
  client: SightlineClient;
  permissions: PermissionsApi;
}

export function AccountSection(props: Props) {
  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">{t('account.heading')}</h2>
      {props.settings.signedInAs ? <SignedIn {...props} /> : <SignInForm {...props} />}
    </section>
  );
}

function SignInForm({ settings, onSettings, control, permissions }: Props) {
  const [endpoint, setEndpoint] = useState(settings.endpoint ?? '');
  const [token, setToken] = useState('');
  const [orgSlug, setOrgSlug] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Signs in with a token, or through single sign-on when `sso` is set. */
  const signIn = (sso: boolean) => {
    const address = Endpoint.safeParse(endpoint);
    if (!address.success) return setError(t('account.badAddress', { reason: address.error.issues[0]?.message ?? t('account.addressInvalid') }));
    if (sso && !orgSlug.trim()) return setError(t('account.needOrg'));
    // Before any await, while this is still the user's gesture.
    const granted = permissions.request({ origins: [endpointPermission(address.data)] });
    setBusy(true);
    setError(null);
    granted
      .then((yes) => {
        if (!yes) throw new Error(t('account.needAccess', { host: new URL(address.data).host }));
        return sso ? control.call('signInWithSso', { endpoint: address.data, orgSlug }) : control.call('signIn', { endpoint: address.data, token });
      })
      .then(
        (view) => {
          setToken('');
          onSettings(view);
        },
        (reason: unknown) => setError(messageOf(reason)),
      )
      .finally(() => setBusy(false));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    signIn(false);
  };

  return (
    <form onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined} data-testid="sign-in-form">
      <label>
        {t('account.address')}
        <input type="url" required placeholder="https://sightline.example.com" value={endpoint} onInput={(event) => setEndpoint(event.currentTarget.value)} data-testid="endpoint-input" />
      </label>
      <label>
        {t('account.token')}
        <input
          type="password"
          required
          autoComplete="off"
          aria-describedby="token-hint"
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
          data-testid="token-input"
        />
      </label>
      <p id="token-hint" class="hint" data-testid="token-hint">
        <TokenHint />
      </p>
      <button type="submit" disabled={busy} data-testid="sign-in">
        {t(busy ? 'account.signingIn' : 'account.signIn')}
      </button>
      <label>
        {t('account.org')}
        <input type="text" autoComplete="organization" placeholder="northwind" value={orgSlug} onInput={(event) => setOrgSlug(event.currentTarget.value)} data-testid="org-slug-input" />
      </label>
      <button type="button" disabled={busy} onClick={() => signIn(true)} data-testid="sign-in-sso">
        {t('account.signInSso')}
      </button>
      {error && (
        <p id="sign-in-error" role="alert" class="error" data-testid="sign-in-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** The hint with its route and command as code: the sentence is split around them. */
function TokenHint() {
  const [before, middle, after] = t('account.tokenHint', { route: '\u0000', command: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <code>POST /v1/auth/tokens</code>
      {middle}
      <code>npm start</code>
      {after}
    </>
  );
}

function SignedIn({ settings, onSettings, control, client, permissions }: Props) {
  const sync = useWatch(client, 'sync', {});
  const [error, setError] = useState<string | null>(null);
  const who = settings.signedInAs!;
  const pending = sync.status === 'ready' ? sync.data.pending : 0;

  const signOut = async () => {
    // Sign-out deletes the local copy, and with it changes the server has not seen yet.
    if (pending > 0 && !confirm(tPlural('account.unsent', pending))) return;
    try {
      const view = await control.call('signOut', {});
      if (settings.endpoint) await permissions.remove({ origins: [endpointPermission(settings.endpoint)] });
      onSettings(view);
    } catch (reason) {
      setError(messageOf(reason));
    }
  };

  return (
    <div>
      <p data-testid="signed-in-as">
        {t('account.signedInAs', { name: who.name, email: who.email, org: who.orgName })}
        <br />
        <span class="muted">{settings.endpoint}</span>
      </p>
      <p>
        <SyncStatusWidget />
      </p>
      <button type="button" onClick={() => void signOut()} data-testid="sign-out">
        {t('account.signOut')}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
