import { defineConfig } from 'wxt';
import { optionalHostPermissions } from './hosts/index';

/** Chrome MV3 by default; `wxt build -b firefox --mv3` for Firefox. */
export default defineConfig({
  manifestVersion: 3,
  // Explicit imports keep modules testable with plain vitest and readable without WXT's generated globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sightline',
    description: 'Your goals, KPIs and feedback inside the ticketing, CRM and docs tools you already use.',
    // Chrome: sidePanel since 114; AbortSignal.any since 116.
    minimum_chrome_version: browser === 'firefox' ? undefined : '116',
    permissions: ['storage', 'alarms', 'scripting', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Nothing is required: each tool's hosts are requested when the user enables it.
    optional_host_permissions: optionalHostPermissions(),
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'extension@sightline.app',
              // optional_host_permissions in MV3 since 128.
              strict_min_version: '128.0',
            },
          }
        : undefined,
  }),
});
