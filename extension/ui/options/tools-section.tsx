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
        if (!tools) throw new Error('Sightline was not given access to those sites, so the tool stays off.');
        return control.call('saveSettings', { enabledTools: tools });
      })
      .then(onSettings, (reason: unknown) => setError(messageOf(reason)));
  };

  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading">Tools</h2>
      <p class="muted">Sightline only runs on the tools you switch on, and asks for access to their sites when you do.</p>
      {!signedIn && (
        <p class="hint" data-testid="tools-need-sign-in">
          Sign in above to switch tools on.
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
            <span class="muted"> {toolOrigins(adapter.tool).join(', ') || 'the sites you add below'}</span>
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
    if (!pattern) return setError('Enter a web address such as intranet.example.com.');
    setError(null);
    addWebSite(pattern, permissions).then((granted) => {
      if (granted) setAddress('');
      else setError(`Sightline was not given access to ${address}.`);
      refresh();
    }, (reason: unknown) => setError(messageOf(reason)));
  };

  return (
    <div aria-labelledby="sites-heading">
      <h3 id="sites-heading">Websites</h3>
      <ul data-testid="web-sites">
        {sites.map((site) => (
          <li key={site}>
            {site}{' '}
            <button type="button" aria-label={`Remove ${site}`} onClick={() => void removeWebSite(site, permissions).then(refresh)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          Add a website
          <input value={address} onInput={(event) => setAddress(event.currentTarget.value)} placeholder="intranet.example.com" data-testid="web-site-input" />
        </label>
        <button type="submit" data-testid="add-web-site">
          Add
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
