/**
 * Keeps one dynamically registered content script in step with what the user enabled and
 * granted. Host permissions are optional, so nothing runs on a tool's pages until the user
 * both switches the tool on and grants its hosts.
 */
import type { Tool } from '@sightline/sdk/model';
import type { Browser } from 'wxt/browser';
import { toolAdapters } from '../hosts/index';
import { webSites } from '../settings/tool-permissions';

export const CONTENT_SCRIPT_ID = 'sightline-hosts';
/** Where WXT emits `entrypoints/content.ts`. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The slice of the extension API the sync needs, so tests can supply a recording fake. */
export interface RegistrationApi {
  permissions: Pick<typeof Browser.permissions, 'contains' | 'getAll'>;
  scripting: Pick<
    typeof Browser.scripting,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'
  >;
}

/**
 * Match patterns the content script should run on: each enabled tool's patterns the user
 * granted, plus, for the generic adapter, the sites granted for it (not the backend's own
 * address, which is granted so the background can reach it).
 */
export async function grantedMatches(enabled: readonly Tool[], permissions: RegistrationApi['permissions'], endpoint: string | null): Promise<string[]> {
  const matches = new Set<string>();
  for (const adapter of toolAdapters.filter(({ tool }) => enabled.includes(tool))) {
    for (const pattern of adapter.matches) {
      if (await permissions.contains({ origins: [pattern] })) matches.add(pattern);
    }
  }
  if (enabled.includes('web')) {
    for (const site of await webSites(permissions, endpoint)) matches.add(site);
  }
  return [...matches].sort();
}

/** Registers, re-registers or removes the content script so it runs exactly on `grantedMatches`; returns them. */
export async function syncContentScript(enabled: readonly Tool[], api: RegistrationApi, endpoint: string | null = null): Promise<string[]> {
  const matches = await grantedMatches(enabled, api.permissions, endpoint);
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (current && sameSet(current.matches ?? [], matches)) return matches;
  if (current) await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length > 0) {
    await api.scripting.registerContentScripts([
      { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}

/**
 * Runs `task` now or, when a run is in progress, once more after it: registration calls must
 * not interleave (a duplicate id fails), and only the latest settings matter.
 */
export function coalesce(task: () => Promise<unknown>, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = null;
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = run();
    return running;
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
