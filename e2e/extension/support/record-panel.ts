/**
 * Reading Sightline's panel on a host page: the extension frame the content script placed (in
 * an open shadow root, which playwright's locators pierce), what the frame was told about the
 * record, and where it sits relative to the page's own elements.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { RecordContext } from '@sightline/sdk/model';
import type { Category, ToolPage } from './tool-pages';

const FRAME = '[data-testid="sightline-record-frame"]';

export const recordFrame = (page: Page): Locator => page.locator(FRAME);
export const recordPanel = (page: Page): FrameLocator => page.frameLocator(FRAME);

export interface PanelPayload {
  label: string;
  category: Category;
  record: RecordContext;
}

/** The record the content script handed the frame: JSON in the frame URL's fragment. */
export async function panelPayload(page: Page): Promise<PanelPayload> {
  const src = await recordFrame(page).getAttribute('src');
  if (!src) throw new Error('the record panel frame has no src');
  return JSON.parse(decodeURIComponent(new URL(src).hash.slice(1))) as PanelPayload;
}

/** How the panel's shadow host sits relative to the element `selector` names; null when it is not at it at all. */
export function panelPlacement(page: Page, selector: string): Promise<ToolPage['anchor']['placement'] | null> {
  return recordFrame(page).evaluate((frame, anchorSelector) => {
    const host = (frame.getRootNode() as ShadowRoot).host;
    const anchor = document.querySelector(anchorSelector);
    if (anchor?.firstElementChild === host) return 'first';
    if (anchor?.nextElementSibling === host) return 'after';
    return anchor?.lastElementChild === host ? 'last' : null;
  }, selector);
}
