/**
 * The due list the background computed, kept in `browser.storage.local` under `dueItems` so
 * the side panel reads it without an engine of its own, and the keys already notified under
 * `notifiedDue`, so a restarted worker never notifies the same item twice.
 */
import { browser } from 'wxt/browser';
import type { DueItem } from './due-items';

const DUE_KEY = 'dueItems';
const NOTIFIED_KEY = 'notifiedDue';

export async function getDueItems(): Promise<DueItem[]> {
  const stored = await browser.storage.local.get(DUE_KEY);
  return Array.isArray(stored[DUE_KEY]) ? (stored[DUE_KEY] as DueItem[]) : [];
}

export const setDueItems = (items: DueItem[]) => browser.storage.local.set({ [DUE_KEY]: items });

/** Calls `listener` with the new list whenever the background stores one. */
export function watchDueItems(listener: (items: DueItem[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DUE_KEY in changes) listener(Array.isArray(changes[DUE_KEY]!.newValue) ? (changes[DUE_KEY]!.newValue as DueItem[]) : []);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export async function getNotifiedKeys(): Promise<string[]> {
  const stored = await browser.storage.local.get(NOTIFIED_KEY);
  return Array.isArray(stored[NOTIFIED_KEY]) ? (stored[NOTIFIED_KEY] as string[]) : [];
}

export const setNotifiedKeys = (keys: string[]) => browser.storage.local.set({ [NOTIFIED_KEY]: keys });
