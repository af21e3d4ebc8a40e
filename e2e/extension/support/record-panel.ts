/**
 * Reading Sightline's panel on a host page: the extension frame the content script placed (in
 * an open shadow root, which playwright's locators pierce), what the frame was told about the
 * record, and where it sits relative to the page's own elements.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { claimedPanelPayloads, type PanelPayload } from './claimed-panels';
import type { ToolPage } from './tool-pages';

const FRAME = '[data-testid="sightline-record-frame"]';

export const recordFrame = (page: Page): Locator => page.locator(FRAME);
export const recordPanel = (page: Page): FrameLocator => page.frameLocator(FRAME);

/**
 * The records the content script handed the panel frames of `page`, oldest first: the
 * background keeps each in the frame session its frame claimed (the page itself never holds it).
 */
export async function panelPayloads(browser: ExtensionBrowser, page: Page): Promise<PanelPayload[]> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(claimedPanelPayloads, page.url());
}

/** The record of the newest panel frame in `page`. */
export async function panelPayload(browser: ExtensionBrowser, page: Page): Promise<PanelPayload> {
  const latest = (await panelPayloads(browser, page)).at(-1);
  if (!latest) throw new Error(`no panel frame in ${page.url()} claimed a session`);
  return latest;
}

/** How the panel's shadow host sits relative to the element `selector` names; null when it is not at it at all. */
export function panelPlacement(page: Page, selector: string): Promise<ToolPage['anchor']['placement'] | null> {
  return recordFrame(page).evaluate((frame, anchorSelector) => {
    const host = (frame.getRootNode() as ShadowRoot).host;
    const anchor = document.querySelector(anchorSelector);
    if (anchor?.firstElementChild === host) return 'first';
    if (anchor?.nextElementSibling === host) return 'after';
    if (anchor?.previousElementSibling === host) return 'before';
    return anchor?.lastElementChild === host ? 'last' : null;
  }, selector);
}
