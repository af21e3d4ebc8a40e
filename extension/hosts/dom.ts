/**
 * DOM reading helpers shared by the adapters: fallback selector lists, text cleanup, and
 * waiting for a single-page app to render what an adapter needs.
 */
import type { SelectorList } from './adapter';

/**
 * Whether the person can see `element`: it has a box and no CSS makes it invisible. Tools keep
 * earlier tickets and records mounted and hide them with classes or inline styles rather than
 * the `hidden` attribute, so only rendering tells the pane on screen from the ones kept alive.
 * Metadata in the document's head (canonical links, meta titles) is never rendered and counts.
 */
export function isRendered(element: Element): boolean {
  if (element.closest('head')) return true;
  return element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
}

/**
 * First rendered element matching the selectors, tried in order. A selector the browser
 * rejects is skipped rather than thrown so one outdated fallback never breaks the others.
 */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const element of found) if (isRendered(element)) return element;
  }
  return null;
}

/**
 * Collapses whitespace (hosts indent and line-break their labels), trims and bounds the
 * length so the result fits the model's limits; null when nothing is left.
 */
export function cleanText(raw: string | null | undefined, max: number): string | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  if (text.length <= max) return text;
  // Cut one character early for the ellipsis, never through a surrogate pair.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

/** The text a person sees for an element: form values, meta/link targets, otherwise its text content. */
export function visibleValue(element: Element): string | null {
  switch (element.tagName.toLowerCase()) {
    case 'meta':
      return element.getAttribute('content');
    case 'link':
      return element.getAttribute('href');
    case 'input':
    case 'textarea':
      return (element as HTMLInputElement).value;
    case 'select':
      return (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? null;
    default:
      return element.textContent;
  }
}

/**
 * Cleaned text of the first selector that yields any. An element that exists but is still
 * empty (hosts render placeholders before data) falls through to the next selector.
 */
export function readText(root: ParentNode, selectors: readonly string[] | undefined, max: number): string | null {
  for (const selector of selectors ?? []) {
    const element = queryFirst(root, [selector]);
    const text = element ? cleanText(visibleValue(element), max) : null;
    if (text !== null) return text;
  }
  return null;
}

export interface WaitOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** The subtree whose mutations trigger a new probe. */
  root: Node;
}

/**
 * Resolves with the first non-null result of `probe`, re-run after each batch of DOM
 * mutations; resolves null on timeout or abort so callers can fall back instead of catching.
 */
export function waitFor<T>(probe: () => T | null, { signal, timeoutMs, root }: WaitOptions): Promise<T | null> {
  const immediate = probe();
  if (immediate !== null || signal.aborted) return Promise.resolve(immediate);
  return new Promise((resolve) => {
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      const value = probe();
      if (value !== null) finish(value);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(onAbort, timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The first element matching `selectors` once the host renders it, or null after `timeoutMs` or abort. */
export function waitForElement(
  selectors: SelectorList,
  signal: AbortSignal,
  timeoutMs: number,
  root: ParentNode & Node = document,
): Promise<Element | null> {
  return waitFor(() => queryFirst(root, selectors), { signal, timeoutMs, root });
}
