/**
 * Unsent form input kept in localStorage so a reload, a closed side panel or a host app's
 * navigation does not lose it. Writes are debounced while typing and flushed when the form
 * unmounts (its element left the page) or the page is hidden or unloaded: a reload or a closed
 * tab never disconnects the element, and `pagehide` is the last moment a page can write.
 * Storage may be blocked (sandboxed frames, privacy modes) or full: then drafts are simply not
 * kept, which is not worth interrupting anyone over.
 */
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { effect, type ReadonlySignal } from '@preact/signals';
import type { z } from 'zod/mini';

export const DRAFT_DELAY_MS = 500;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function write(key: string, text: string | null): void {
  try {
    if (text === null) storage()?.removeItem(key);
    else storage()?.setItem(key, text);
  } catch {
    // Quota exceeded or storage blocked: see the module comment.
  }
}

/** The saved draft under `key` if it still fits `schema` (an old or tampered one is ignored). */
export function loadDraft<T>(key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const text = storage()?.getItem(key);
    if (!text) return null;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Saves `value` under `key` whenever it changes (nothing is kept while `isEmpty`). Follows the
 * signal itself rather than renders, so the last keystroke is saved even if the form is
 * removed before it re-renders.
 */
export function useDraft<T>(key: string, value: ReadonlySignal<T>, isEmpty: (value: T) => boolean): { clear(): void } {
  const draft = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stored: string | null = null;
    let latest: string | null = null;
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      stored = latest;
      write(key, latest);
    };
    return {
      follow() {
        let first = true;
        const stop = effect(() => {
          latest = isEmpty(value.value) ? null : JSON.stringify(value.value);
          if (first) stored = latest; // what was just restored (or nothing): already stored
          first = false;
          if (latest === stored) return;
          if (timer !== null) clearTimeout(timer);
          timer = setTimeout(flush, DRAFT_DELAY_MS);
        });
        const listening = new AbortController();
        window.addEventListener('pagehide', flush, { signal: listening.signal });
        // Mobile browsers may discard a hidden tab without pagehide; hiding is the last safe moment there.
        document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(), { signal: listening.signal });
        return () => {
          stop();
          listening.abort();
          flush();
        };
      },
      clear() {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        stored = latest = null;
        write(key, null);
      },
    };
    // A new key means a new form (callers key the form by it), so `value` and `isEmpty` are fixed per key.
  }, [key]);

  // A layout effect so the clean-up runs at once: a form re-created right away must find the draft.
  useLayoutEffect(() => draft.follow(), [draft]);
  return draft;
}
