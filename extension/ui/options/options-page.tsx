/** The options page: the account and the tools Sightline runs on. */
import type { SightlineClient } from '@sightline/sdk/client';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import { useEffect, useState } from 'preact/hooks';
import type { ControlApi } from '../../rpc/control-caller';
import type { SettingsView } from '../../settings/settings-view';
import type { PermissionsApi } from '../../settings/tool-permissions';
import { AccountSection } from './account-section';
import { ToolsSection } from './tools-section';
import { messageOf } from '../shared/message-of';
import { t } from '../shared/i18n';

interface Props {
  client: SightlineClient;
  control: ControlApi;
  permissions: PermissionsApi;
}

export function OptionsPage({ client, control, permissions }: Props) {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The background's client switches whenever the account does, from this page or elsewhere
  // (another options tab, a token the server revoked): follow it and read the settings again.
  const sync = useWatch(client, 'sync', {});
  const signedIn = sync.status === 'ready' ? sync.data.signedIn : null;
  useEffect(() => {
    control.call('getSettings', {}).then(setSettings, (reason: unknown) => setError(messageOf(reason)));
  }, [control, signedIn]);

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {settings && (
        <>
          <AccountSection settings={settings} onSettings={setSettings} control={control} client={client} permissions={permissions} />
          <ToolsSection settings={settings} onSettings={setSettings} control={control} permissions={permissions} />
        </>
      )}
    </main>
  );
}
