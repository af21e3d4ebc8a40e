/**
 * The tools the user switched Sightline on for, kept in `browser.storage.local` under
 * `enabledTools` so the background (which registers the content script) and every content
 * script read the same list.
 */
import { Tool } from '@sightline/sdk/model';
import { storage } from 'wxt/utils/storage';

const enabledToolsItem = storage.defineItem<unknown>('local:enabledTools', { fallback: [] });

/** Known tool ids, each once; anything else (an older version's ids, a hand edit) is dropped. */
export function parseEnabledTools(value: unknown): Tool[] {
  if (!Array.isArray(value)) return [];
  const tools = value.flatMap((item) => {
    const parsed = Tool.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  return [...new Set(tools)];
}

export async function getEnabledTools(): Promise<Tool[]> {
  return parseEnabledTools(await enabledToolsItem.getValue());
}

export async function setEnabledTools(tools: readonly Tool[]): Promise<void> {
  await enabledToolsItem.setValue(parseEnabledTools(tools));
}

/** Calls back with the parsed list whenever any context changes it; returns the unsubscribe function. */
export function watchEnabledTools(onChange: (tools: Tool[]) => void): () => void {
  return enabledToolsItem.watch((value) => onChange(parseEnabledTools(value)));
}
