/**
 * Reading and driving the Sightline elements the way a person would: by role and label,
 * through their open shadow roots (playwright's locators pierce them).
 */
import type { Locator, Page } from 'playwright-core';
import type { PageWatch } from './page-watch';

/**
 * Waits until every element of the demo page has rendered from synced data, not a skeleton.
 * When they never do, the page's own errors say more than the timeout, so they go in the message.
 */
export async function widgetsRendered(page: Page, watch?: PageWatch): Promise<void> {
  try {
    await page.locator('sightline-goals .goal-card').first().waitFor();
    await page.locator('sightline-kpi article').waitFor();
    await page.locator('sightline-checkin form').waitFor();
    await page.locator('sightline-feedback form').waitFor();
    await page.locator('sightline-sync-status').getByText('All changes synced').waitFor();
  } catch (error) {
    if (!watch) throw error;
    const reported = [...watch.pageErrors, ...watch.consoleErrors];
    throw new Error(`the widgets did not render; the page reported: ${reported.length ? reported.join(' | ') : 'nothing'}`, { cause: error });
  }
}

export const feedbackBody = (page: Page): Locator => page.locator('sightline-feedback').getByRole('textbox', { name: 'Feedback' });

/** Writes a self-reflection (it needs no person picked) without sending it. */
export async function draftSelfReflection(page: Page, body: string): Promise<void> {
  const form = page.locator('sightline-feedback');
  await form.getByRole('radio', { name: /Self-reflection/ }).check();
  await feedbackBody(page).fill(body);
}

/**
 * Waits until the feedback draft holding `body` is in localStorage: drafts are written after a
 * short pause in typing, so a reload straight after typing would find none.
 */
export async function draftKept(page: Page, body: string): Promise<void> {
  await page.waitForFunction((text) => {
    const values = Object.values(localStorage).map((value) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return null;
      }
    });
    return values.some((value) => typeof value === 'object' && value !== null && (value as { body?: unknown }).body === text);
  }, body);
}

export async function sendFeedback(page: Page): Promise<void> {
  await page.locator('sightline-feedback').getByRole('button', { name: 'Send feedback' }).click();
}

/** The one-line summary of `<sightline-sync-status>`, e.g. "Syncing 1 change…". */
export const syncSummary = (page: Page): Locator => page.locator('sightline-sync-status [role="status"]');
