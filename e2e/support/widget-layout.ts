/**
 * What a widget looks like from the inside, read in the page: every element of each
 * `sightline-*` element's shadow root with its text styles and its box relative to the host,
 * and the boxes that stick out of the host sideways. Hosts are sized by the test, so two
 * readings differ only if something reached into the widgets.
 */
import type { Page } from 'playwright-core';

export const WIDGETS = ['sightline-goals', 'sightline-kpi', 'sightline-checkin', 'sightline-feedback', 'sightline-sync-status'] as const;

/** Inherited text properties a page could push into a widget, plus the box of each element. */
export interface ElementLook {
  path: string;
  style: Record<string, string>;
  box: [number, number, number, number] | null;
}

/** Gives every widget the same width, whatever the page's own layout would do with it. */
export async function sizeWidgets(page: Page, width: number): Promise<void> {
  await page.evaluate(
    ({ tags, width }) => {
      for (const tag of tags) for (const el of document.querySelectorAll<HTMLElement>(tag)) el.style.cssText = `width: ${width}px; max-width: none; box-sizing: border-box`;
    },
    { tags: [...WIDGETS], width },
  );
}

/** Opens every folded sub-goal, so nested goals are measured too. */
export async function unfoldGoals(page: Page): Promise<void> {
  const folded = page.locator('sightline-goals button.toggle[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

export function widgetLooks(page: Page): Promise<Record<string, ElementLook[]>> {
  return page.evaluate((tags) => {
    const PROPERTIES = [
      'color', '-webkit-text-fill-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
      'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent', 'text-shadow', 'white-space', 'visibility',
    ];
    const round = (n: number) => Math.round(n * 100) / 100;
    const looks: Record<string, ElementLook[]> = {};
    for (const tag of tags) {
      const host = document.querySelector(tag)!;
      const origin = host.getBoundingClientRect();
      looks[tag] = [...host.shadowRoot!.querySelectorAll('*')]
        .filter((el) => !(el instanceof HTMLStyleElement))
        .map((el, i) => {
          const computed = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            path: `${i}:${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`,
            style: Object.fromEntries(PROPERTIES.map((p) => [p, computed.getPropertyValue(p)])),
            // A closed select's options have no box of their own.
            box: rect.width === 0 && rect.height === 0 ? null : [round(rect.x - origin.x), round(rect.y - origin.y), round(rect.width), round(rect.height)],
          };
        });
    }
    return looks;
  }, [...WIDGETS]);
}

/**
 * Where a widget sticks out past its host's left or right edge: each element (outside visually
 * hidden text) that does while its parent does not, with by how much.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate((tags) => {
    const found: string[] = [];
    for (const tag of tags) {
      for (const host of document.querySelectorAll(tag)) {
        const edge = host.getBoundingClientRect();
        const overflow = (el: Element) => {
          const rect = el.getBoundingClientRect();
          if (el.closest('.sr-only') || (rect.width === 0 && rect.height === 0)) return 0;
          return Math.max(edge.left - rect.left, rect.right - edge.right);
        };
        for (const el of host.shadowRoot!.querySelectorAll('*')) {
          const over = overflow(el);
          if (over > 0.5 && !(el.parentElement && overflow(el.parentElement) > 0.5)) {
            found.push(`${tag} ${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().replace(/ +/g, '.')}` : ''} by ${Math.round(over)}px`);
          }
        }
      }
    }
    return found;
  }, [...WIDGETS]);
}
