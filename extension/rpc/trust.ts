/**
 * Which pages may use the background, decided from the port's sender (set by the browser, not
 * by the page). Content scripts share a renderer with the host page, so they get nothing: all
 * Sightline content on a host page lives in extension frames.
 * - `extension`: the side panel, options page and other extension pages in their own tab.
 * - `embedded`: an extension frame inside a host page the user granted; the browser only shows
 *   the extension that tab's URL when it holds the host permission, so an unknown site framing
 *   our page is refused.
 */
import type { PortSender } from './port';

export type Trust = 'extension' | 'embedded';

export function trustOf(sender: PortSender | undefined, extensionOrigin: string): Trust | null {
  const isExtensionUrl = (url: string | undefined) => url !== undefined && originOf(url) === originOf(extensionOrigin);
  if (!isExtensionUrl(sender?.url)) return null;
  const tab = sender?.tab;
  if (!tab || isExtensionUrl(tab.url)) return 'extension';
  return tab.url ? 'embedded' : null;
}

/**
 * Scheme and host. `URL.origin` is "null" for schemes the URL standard does not know, which
 * includes chrome-extension: and moz-extension: outside the browser that owns them.
 */
export function originOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}
