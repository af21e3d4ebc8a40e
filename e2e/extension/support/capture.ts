/**
 * Feedback capture, the modal over a host page. Its keyboard shortcut (Alt+Shift+F) is a
 * browser accelerator that key events sent through DevTools never reach, so a test starts
 * where the background's command handler ends: the service worker sends the tab's content
 * script the message it sends on that command. Everything after that is the real path.
 */
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

interface TabsApi {
  query(filter: { url: string }): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

/** Opens capture in the tab showing `url`, as the shortcut does there. */
export async function openCaptureInTab(browser: ExtensionBrowser, url: string): Promise<void> {
  const worker = await browser.serviceWorker();
  const answer = await worker.evaluate(async (pageUrl) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
    const [tab] = await tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl}`);
    return tabs.sendMessage(tab.id, { type: 'sightline:open-capture' }, { frameId: 0 });
  }, url);
  if ((answer as { opened?: unknown } | undefined)?.opened !== true) throw new Error(`the content script did not open capture: ${JSON.stringify(answer)}`);
}

/** The wrapper the content script puts over the page; gone once capture closes. */
export const captureOverlay = (page: Page): Locator => page.getByTestId('sightline-capture');

export const captureDialog = (page: Page): Locator => captureOverlay(page).locator('iframe').contentFrame().getByTestId('capture-dialog');
