/**
 * Follows the page through single-page navigation and reports each record page as soon as it
 * can be read, then keeps it true to the screen: whenever the host's DOM settles, the record
 * and its anchor are read again, and a different record (the host finished swapping panes) or
 * anchor (it appeared, or the one in use was hidden or removed) is reported again. Every report
 * gets its own AbortSignal, aborted when the next one replaces it, so whatever was mounted for
 * it tears itself down.
 */
import type { RecordContext, Tool } from '@sightline/sdk/model';
import { waitFor } from '../hosts/dom';
import { adapterFor, type HostAdapter } from '../hosts/index';
import type { RecordOutcome } from '../hosts/outcome';
import { watchNavigation } from '../hosts/navigation';

export interface RecordPage {
  adapter: HostAdapter;
  context: RecordContext;
  /** A deal won or ticket solved on screen; a change of state is reported again, like a changed field. */
  outcome: RecordOutcome | null;
  /** The adapter's anchor, `document.body` for floating, or null while the host has not rendered it (the panel docks). */
  anchor: Element | null;
  /** Aborted on navigation away, a fresher read, a settings change, or when the content script stops. */
  signal: AbortSignal;
}

export interface WatchRecordsOptions {
  /** The content script's lifetime. */
  signal: AbortSignal;
  enabledTools: () => readonly Tool[];
  onRecord: (page: RecordPage) => void;
  win?: Window;
  /** How long to wait for the host to render a new record's title before reporting without it. */
  renderTimeoutMs?: number;
  /** How long the DOM must stay quiet before the record is read again. */
  settleMs?: number;
}

export interface RecordWatch {
  /** Re-reads the current page, e.g. after the enabled tools change. */
  refresh(): void;
}

interface Read {
  context: RecordContext;
  outcome: RecordOutcome | null;
  anchor: Element | null;
}

export function watchRecords({ signal, enabledTools, onRecord, win = window, renderTimeoutMs = 2000, settleMs = 150 }: WatchRecordsOptions): RecordWatch {
  let current: AbortController | null = null;
  /** The last record reported, to tell a host that has not swapped its panes yet. */
  let previous: RecordContext | null = null;

  const show = async (url: URL) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const urlSignal = AbortSignal.any([signal, controller.signal]);
    const enabled = enabledTools();
    const adapter = adapterFor(url, enabled.includes('web'));
    if (!adapter || !enabled.includes(adapter.tool) || !adapter.isRecordPage(url)) return;

    const doc = win.document;
    const read = (): Read | null => {
      const context = adapter.extract(doc, url);
      return context ? { context, outcome: adapter.outcome?.(doc, url) ?? null, anchor: adapter.anchor(doc) } : null;
    };
    // The URL changes before the app renders the new record: a title still showing the last
    // record's (its pane kept on screen for a moment) or none at all is not the new record yet.
    const fresh = (found: Read | null) => (found?.context.title && !isStale(found.context, previous) ? found : null);
    const first = (await waitFor(() => fresh(read()), { signal: urlSignal, timeoutMs: renderTimeoutMs, root: doc.documentElement })) ?? read();
    if (urlSignal.aborted || !first) return;

    let shown = report(adapter, first, urlSignal);
    // Keep the report true to the screen until the next navigation.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recheck = () => {
      const again = read();
      if (!again || !differs(shown.read, again)) return;
      shown.controller.abort();
      shown = report(adapter, again, urlSignal);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(recheck, settleMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    urlSignal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
      },
      { once: true },
    );
  };

  const report = (adapter: HostAdapter, found: Read, urlSignal: AbortSignal) => {
    const controller = new AbortController();
    previous = found.context;
    onRecord({ adapter, ...found, signal: AbortSignal.any([urlSignal, controller.signal]) });
    return { read: found, controller };
  };

  // One adapter failing on an unexpected page must not stop the watch for the next page.
  const showSafely = (url: URL) => show(url).catch((error: unknown) => console.error('[sightline] reading the record failed', error));

  watchNavigation((url) => void showSafely(url), { signal, win });
  signal.addEventListener('abort', () => current?.abort(), { once: true });
  void showSafely(new URL(win.location.href));
  return { refresh: () => void showSafely(new URL(win.location.href)) };
}

/** Another record's id with the last record's title: the host still shows the last record. */
function isStale(context: RecordContext, previous: RecordContext | null): boolean {
  return previous !== null && previous.recordId !== context.recordId && previous.title === context.title;
}

/**
 * Whether a new read changes what is reported: the record's fields, or the anchor (adapters
 * return only rendered anchors, so one that went off screen reads as another or as none).
 */
function differs(shown: Read, now: Read): boolean {
  return JSON.stringify([shown.context, shown.outcome]) !== JSON.stringify([now.context, now.outcome]) || shown.anchor !== now.anchor;
}
