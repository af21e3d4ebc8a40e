/**
 * Keyboard-first: `g` then a letter goes to a page, `j`/`k` move through the items of the list
 * that holds the focus (or the page's first list), `?` opens the shortcut help. Keys typed into a
 * field, or with a modifier, are left alone.
 */
export const GO_TO: Record<string, string> = {
  g: '/app/goals',
  t: '/app/team',
  c: '/app/check-in',
  s: '/app/setup/cycle',
  r: '/app/requests',
  v: '/app/reviews',
  l: '/app/calibration',
  d: '/app/development',
  u: '/app/due',
};

const typingInto = (target: EventTarget | null) => {
  const element = target as HTMLElement | null;
  if (!element || !element.tagName) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.tagName.startsWith('SIGHTLINE-');
};

/** The next or previous `[data-nav-item]` after the focused one, within its `[data-nav-list]`. */
export function stepFocus(root: ParentNode, active: Element | null, delta: 1 | -1): HTMLElement | null {
  const list = active?.closest('[data-nav-list]') ?? root.querySelector('[data-nav-list]');
  if (!list) return null;
  const items = [...list.querySelectorAll<HTMLElement>('[data-nav-item]')];
  if (items.length === 0) return null;
  const index = active ? items.findIndex((item) => item === active || item.contains(active)) : -1;
  const next = index === -1 ? (delta === 1 ? 0 : items.length - 1) : Math.min(Math.max(index + delta, 0), items.length - 1);
  return items[next]!;
}

export function installShortcuts(doc: Document, actions: { navigate(path: string): void; help(): void }): () => void {
  let leader = false;
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
    if (leader) {
      leader = false;
      const path = GO_TO[event.key];
      if (path) {
        event.preventDefault();
        actions.navigate(path);
      }
      return;
    }
    if (event.key === 'g') leader = true;
    else if (event.key === '?') actions.help();
    else if (event.key === 'j' || event.key === 'k') {
      const target = stepFocus(doc.querySelector('main') ?? doc, doc.activeElement, event.key === 'j' ? 1 : -1);
      if (target) {
        event.preventDefault();
        target.focus();
      }
    }
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
