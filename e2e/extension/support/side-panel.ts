/**
 * The extension's side panel, opened in a tab of its own (the same page Chrome shows beside
 * a tab; the toolbar button that opens it is browser UI, out of reach of a headless test).
 */
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export async function openSidePanel(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.openExtensionPage('sidepanel.html');
  await page.getByTestId('my-goals').waitFor();
  return page;
}

/** The one-line sync summary: "All changes synced", "Syncing 1 change…", … */
export const syncSummary = (sidePanel: Page): Locator => sidePanel.getByTestId('sync-status').locator('[role="status"]');

/** The feedback the signed-in person gave, newest first, one list item each. */
export async function feedbackGiven(sidePanel: Page): Promise<Locator> {
  await sidePanel.getByTestId('show-feedback-given').click();
  return sidePanel.getByTestId('feedback-given').getByRole('listitem');
}
