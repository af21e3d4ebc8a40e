/**
 * Location changes in single-page apps, which swap records without loading a page.
 *
 * No single signal is reliable from a content script: its `history` wrapper only sees calls
 * made from the extension's own world, the Navigation API is missing in some browsers, and
 * apps push state from their own world. So several cheap signals feed one de-duplicating
 * check, with a slow poll as the safety net.
 */

/** Fired on the window after a history method wrapped here changes the location. */
const HISTORY_CHANGE = 'sightline:historychange';
const wrappedHistories = new WeakSet<History>();

export interface NavigationOptions {
  signal: AbortSignal;
  win?: Window;
  /** Interval of the fallback poll; catches apps that change the URL without any observable signal. */
  pollMs?: number;
}

/**
 * Calls `onChange` with the new URL each time the location of `win` changes (not for the
 * current one) until `signal` aborts.
 */
export function watchNavigation(onChange: (url: URL) => void, { signal, win = window, pollMs = 1000 }: NavigationOptions): void {
  if (signal.aborted) return;
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last || signal.aborted) return;
    last = href;
    onChange(new URL(href));
  };

  wrapHistory(win);
  for (const type of ['popstate', 'hashchange', HISTORY_CHANGE]) win.addEventListener(type, check, { signal });
  navigationApi(win)?.addEventListener('navigatesuccess', check, { signal });

  // Apps retitle the tab for each record, so title mutations are a strong hint of a route change.
  const titleObserver = new MutationObserver(check);
  titleObserver.observe(win.document.head ?? win.document.documentElement, { childList: true, subtree: true, characterData: true });
  const poll = setInterval(check, pollMs);
  signal.addEventListener(
    'abort',
    () => {
      titleObserver.disconnect();
      clearInterval(poll);
    },
    { once: true },
  );
}

/** Wraps `pushState`/`replaceState` once per window so calls made from this world announce themselves. */
function wrapHistory(win: Window): void {
  const { history } = win;
  if (wrappedHistories.has(history)) return;
  wrappedHistories.add(history);
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      win.dispatchEvent(new Event(HISTORY_CHANGE));
    };
  }
}

/** The Navigation API, which reports history changes made from any world, where the browser has it. */
function navigationApi(win: Window): EventTarget | undefined {
  return (win as Window & { navigation?: EventTarget }).navigation;
}
