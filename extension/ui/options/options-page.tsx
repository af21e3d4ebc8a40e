/** The options page: the account and the tools Sightline runs on. */
import type { SightlineClient } from '@sightline/sdk/client';
import { useEffect, useState } from 'preact/hooks';
import type { ControlApi } from '../../rpc/control-caller';
import type { SettingsView } from '../../settings/settings-view';
import type { PermissionsApi } from '../../settings/tool-permissions';
import { AccountSection } from './account-section';
import { ToolsSection } from './tools-section';
import { messageOf } from '../shared/message-of';

interface Props {
  client: SightlineClient;
  control: ControlApi;
  permissions: PermissionsApi;
}

export function OptionsPage({ client, control, permissions }: Props) {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    control.call('getSettings', {}).then(setSettings, (reason: unknown) => setError(messageOf(reason)));
  }, [control]);

  return (
    <main class="options">
      <h1>Sightline settings</h1>
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
