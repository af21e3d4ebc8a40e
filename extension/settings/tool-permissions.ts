/**
 * Least privilege for host access: a tool's hosts are requested when the user switches it on
 * and given back when they switch it off; "any website" is granted one site at a time.
 *
 * Browsers grant a permission request only during a user gesture, and Firefox loses the
 * gesture at the first `await`, so the functions that request call `permissions.request`
 * synchronously, before anything else; call them straight from the click handler.
 */
import type { Tool } from '@sightline/sdk/model';
import type { Browser } from 'wxt/browser';
import { toolAdapters } from '../hosts/index';
import { endpointPermission } from './endpoint';

export type PermissionsApi = Pick<typeof Browser.permissions, 'request' | 'remove' | 'getAll'>;

/** The host patterns a tool runs on. The generic adapter has none of its own: its sites are granted one by one. */
export function toolOrigins(tool: Tool): string[] {
  return [...(toolAdapters.find((adapter) => adapter.tool === tool)?.matches ?? [])];
}

/** Resolves with the tools enabled afterwards, or null when the user declined. */
export function enableTool(tool: Tool, enabled: readonly Tool[], api: PermissionsApi): Promise<Tool[] | null> {
  const origins = toolOrigins(tool);
  const granted = origins.length > 0 ? api.request({ origins }) : Promise.resolve(true);
  return granted.then((yes) => (yes ? [...new Set([...enabled, tool])] : null));
}

/**
 * Gives back the tool's hosts that nothing else still needs (another enabled tool, the
 * backend); switching off "any website" gives back every site granted for it.
 */
export async function disableTool(tool: Tool, enabled: readonly Tool[], api: PermissionsApi, endpoint: string | null): Promise<Tool[]> {
  const remaining = enabled.filter((item) => item !== tool);
  const origins = tool === 'web' ? await webSites(api, endpoint) : toolOrigins(tool);
  const stillNeeded = new Set([...remaining.flatMap(toolOrigins), ...(endpoint ? [endpointPermission(endpoint)] : [])]);
  const released = origins.filter((origin) => !stillNeeded.has(origin));
  if (released.length > 0) await api.remove({ origins: released });
  return remaining;
}

/** The site pattern for a page address the user typed (`https://intranet.example/*`), or null when it is not a web page. */
export function sitePattern(address: string): string | null {
  try {
    const url = new URL(address.includes('://') ? address : `https://${address}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.hostname}/*` : null;
  } catch {
    return null;
  }
}

export function addWebSite(pattern: string, api: PermissionsApi): Promise<boolean> {
  return api.request({ origins: [pattern] });
}

export async function removeWebSite(pattern: string, api: PermissionsApi): Promise<void> {
  await api.remove({ origins: [pattern] });
}

/** `https://*.zendesk.com/agent/*` -> `https://*.zendesk.com`: the part a host permission is really about. */
const schemeAndHost = (pattern: string) => pattern.replace(/^([^:]+:\/\/[^/]*).*$/, '$1');

/**
 * Granted sites that belong to "any website": everything granted except the tools' hosts and
 * the backend. Compared by scheme and host, because Chromium reports a granted pattern with its
 * path reset to `/*` (`https://*.zendesk.com/*` for a grant of `.../agent/*`).
 */
export async function webSites(api: Pick<PermissionsApi, 'getAll'>, endpoint: string | null): Promise<string[]> {
  const reserved = new Set(
    [...toolAdapters.flatMap((adapter) => adapter.matches), ...(endpoint ? [endpointPermission(endpoint)] : [])].map(schemeAndHost),
  );
  const { origins = [] } = await api.getAll();
  return origins.filter((origin) => !reserved.has(schemeAndHost(origin)) && origin !== '<all_urls>').sort();
}
