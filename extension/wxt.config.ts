import { defineConfig } from 'wxt';
import { optionalHostPermissions } from './hosts/index';

/** Chrome MV3 by default; `wxt build -b firefox --mv3` for Firefox. */
export default defineConfig({
  manifestVersion: 3,
  // Explicit imports keep modules testable with plain vitest and readable without WXT's generated globals.
  imports: false,
  vite: () => ({ esbuild: { jsx: 'automatic', jsxImportSource: 'preact' } }),
  manifest: ({ browser }) => ({
    name: 'Sightline',
    description: 'Your goals, KPIs and feedback inside the ticketing, CRM and docs tools you already use.',
    // Chrome: sidePanel since 114; AbortSignal.any since 116.
    minimum_chrome_version: browser === 'firefox' ? undefined : '116',
    // identity: single sign-on through the org's provider (launchWebAuthFlow). notifications:
    // a check-in or a feedback request that has become due, once per item.
    permissions: ['storage', 'alarms', 'scripting', 'unlimitedStorage', 'identity', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Nothing is required: each tool's hosts, each website and the backend's address are
    // requested when the user enables or enters them.
    optional_host_permissions: optionalHostPermissions(),
    // The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox).
    action: { default_title: 'Open Sightline' },
    commands: {
      'open-capture': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Give feedback on the record on screen' },
    },
    // The frames content scripts place on host pages. Pages elsewhere may load them but get
    // no data: the background serves frames only in tabs whose site the user granted.
    web_accessible_resources: [{ resources: ['record-panel.html', 'capture.html'], matches: ['<all_urls>'] }],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'extension@sightline.app',
              // 142: first desktop and Android releases that read data_collection_permissions
              // (optional_host_permissions in MV3 needs only 128).
              strict_min_version: '142.0',
              // Declared for Firefox's consent screen: the extension sends the sign-in token, the
              // feedback people write and the host record they were on (title, URL) to the
              // organisation's own Sightline server, never to us.
              data_collection_permissions: { required: ['authenticationInfo', 'personalCommunications', 'websiteContent'] },
            },
          }
        : undefined,
  }),
});
