/**
 * A checkbox per tool. Switching one on asks for exactly that tool's hosts (in the change
 * handler, while it is the user's gesture); switching it off gives them back. "Any website"
 * is granted one site at a time.
 */
import type { Tool } from '@sightline/sdk/model';
import { useEffect, useState } from 'preact/hooks';
import { generic } from '../../hosts/generic';
import { toolAdapters } from '../../hosts/index';
import type { ControlApi } from '../../rpc/control-caller';
import type { SettingsView } from '../../settings/settings-view';
import { addWebSite, disableTool, enableTool, removeWebSite, sitePattern, toolOrigins, webSites, type PermissionsApi } from '../../settings/tool-permissions';
import { messageOf } from '../shared/message-of';
import { t } from '../shared/i18n';

interface Props {
  settings: SettingsView;
  onSettings: (settings: SettingsView) => void;
  control: ControlApi;
  permissions: PermissionsApi;
}

export function ToolsSection({ settings, onSettings, control, permissions }: Props) {
  const [error, setError] = useState<string | null>(null);
  const enabled = settings.enabledTools;
  // Nothing to show on a tool's pages before sign-in; a tool already on can still be switched off.
  const signedIn = settings.signedInAs !== null;

  const toggle = (tool: Tool, on: boolean) => {
    setError(null);
    const next = on ? enableTool(tool, enabled, permissions) : disableTool(tool, enabled, permissions, settings.endpoint);
    next
      .then((tools) => {
        if (!tools) throw new Error(t('tools.refused'));
        return control.call('saveSettings', { enabledTools: tools });
      })
      .then(onSettings, (reason: unknown) => setError(messageOf(reason)));
  };

  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading">{t('tools.heading')}</h2>
      <p class="muted">{t('tools.intro')}</p>
      {!signedIn && (
        <p class="hint" data-testid="tools-need-sign-in">
          {t('tools.needSignIn')}
        </p>
      )}
      <ul class="tools">
        {[...toolAdapters, generic].map((adapter) => (
          <li key={adapter.tool}>
            <label>
              <input
                type="checkbox"
                checked={enabled.includes(adapter.tool)}
                disabled={!signedIn && !enabled.includes(adapter.tool)}
                onChange={(event) => toggle(adapter.tool, event.currentTarget.checked)}
                data-testid={`tool-${adapter.tool}`}
              />
              {adapter.label}
            </label>
            <span class="muted"> {toolOrigins(adapter.tool).join(', ') || t('tools.yourSites')}</span>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" class="error" data-testid="tools-error">
          {error}
        </p>
      )}
      {enabled.includes('web') && <WebSites endpoint={settings.endpoint} permissions={permissions} />}
    </section>
  );
}

function WebSites({ endpoint, permissions }: { endpoint: string | null; permissions: PermissionsApi }) {
  const [sites, setSites] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void webSites(permissions, endpoint).then(setSites);
  useEffect(refresh, [endpoint]);

  const add = (event: Event) => {
    event.preventDefault();
    const pattern = sitePattern(address);
    if (!pattern) return setError(t('sites.badAddress'));
    setError(null);
    addWebSite(pattern, permissions).then((granted) => {
      if (granted) setAddress('');
      else setError(t('sites.refused', { address }));
      refresh();
    }, (reason: unknown) => setError(messageOf(reason)));
  };

  return (
    <div aria-labelledby="sites-heading">
      <h3 id="sites-heading">{t('sites.heading')}</h3>
      <ul data-testid="web-sites">
        {sites.map((site) => (
          <li key={site}>
            {site}{' '}
            <button type="button" aria-label={t('sites.removeLabel', { site })} onClick={() => void removeWebSite(site, permissions).then(refresh)}>
              {t('sites.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          {t('sites.addLabel')}
          <input value={address} onInput={(event) => setAddress(event.currentTarget.value)} placeholder="intranet.example.com" data-testid="web-site-input" />
        </label>
        <button type="submit" data-testid="add-web-site">
          {t('sites.add')}
        </button>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
