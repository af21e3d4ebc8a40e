/**
 * Follows the page through single-page navigation and reports each record page once its
 * host has rendered it. Every record gets its own AbortSignal, aborted when the user
 * navigates on, so whatever was mounted for it tears itself down.
 */
import type { RecordContext, Tool } from '@sightline/sdk/model';
import { waitFor } from '../hosts/dom';
import { adapterFor, type HostAdapter } from '../hosts/index';
import { watchNavigation } from '../hosts/navigation';

export interface RecordPage {
  adapter: HostAdapter;
  context: RecordContext;
  /** The adapter's anchor, `document.body` for floating, or null when the host never rendered it. */
  anchor: Element | null;
  /** Aborted on navigation away, a settings change, or when the content script stops. */
  signal: AbortSignal;
}

export interface WatchRecordsOptions {
  /** The content script's lifetime. */
  signal: AbortSignal;
  enabledTools: () => readonly Tool[];
  onRecord: (page: RecordPage) => void;
  win?: Window;
  /** How long to wait for the host to render the record's title and the anchor. */
  renderTimeoutMs?: number;
}

export interface RecordWatch {
  /** Re-reads the current page, e.g. after the enabled tools change. */
  refresh(): void;
}

export function watchRecords({ signal, enabledTools, onRecord, win = window, renderTimeoutMs = 8000 }: WatchRecordsOptions): RecordWatch {
  let current: AbortController | null = null;

  const show = async (url: URL) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const pageSignal = AbortSignal.any([signal, controller.signal]);
    const enabled = enabledTools();
    const adapter = adapterFor(url, enabled.includes('web'));
    if (!adapter || !enabled.includes(adapter.tool) || !adapter.isRecordPage(url)) return;

    const doc = win.document;
    // The URL changes before the app renders the new record: wait for its title and anchor.
    const rendered = await waitFor(
      () => {
        const context = adapter.extract(doc, url);
        const anchor = adapter.anchor(doc);
        return context?.title && anchor ? { context, anchor } : null;
      },
      { signal: pageSignal, timeoutMs: renderTimeoutMs, root: doc.documentElement },
    );
    if (pageSignal.aborted) return;
    const context = rendered?.context ?? adapter.extract(doc, url);
    if (context) onRecord({ adapter, context, anchor: rendered?.anchor ?? adapter.anchor(doc), signal: pageSignal });
  };

  // One adapter failing on an unexpected page must not stop the watch for the next page.
  const showSafely = (url: URL) => show(url).catch((error: unknown) => console.error('[sightline] reading the record failed', error));

  watchNavigation((url) => void showSafely(url), { signal, win });
  signal.addEventListener('abort', () => current?.abort(), { once: true });
  void showSafely(new URL(win.location.href));
  return { refresh: () => void showSafely(new URL(win.location.href)) };
}
