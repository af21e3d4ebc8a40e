/**
 * Routes with shareable URLs: the location as a signal, changed with the history API, so a
 * link, the back button and a reload all land on the same view. The backend serves the
 * console's page for every path under /app, so any URL here is a deep link.
 */
import { signal } from '@preact/signals';

export const BASE = '/app';

export interface Location {
  path: string;
  query: URLSearchParams;
}

const read = (): Location => ({ path: window.location.pathname.replace(/\/+$/, '') || BASE, query: new URLSearchParams(window.location.search) });

export const location = signal<Location>(typeof window === 'undefined' ? { path: BASE, query: new URLSearchParams() } : read());

/** Goes to `to` (a path under /app, with an optional query), adding a history entry unless `replace`. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  location.value = read();
}

/** Keeps the location signal in step with back and forward. */
export function listenToHistory(): () => void {
  const onPop = () => (location.value = read());
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}

/**
 * The parameters of `path` if it matches `pattern` (`/app/people/:id`), else null. Parameters
 * are decoded; a segment that does not decode does not match.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

/** `path` with `query` set (empty values left out), for links that keep filters in the URL. */
export function withQuery(path: string, query: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();
  return search ? `${path}?${search}` : path;
}

/**
 * Handles a click on an in-app link without reloading the page; modified clicks (new tab,
 * download) are left to the browser.
 */
export function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || !(url.pathname === BASE || url.pathname.startsWith(`${BASE}/`))) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}
