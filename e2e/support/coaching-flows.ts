/**
 * Asking, answering and reviewing in the console as a person does it in Chromium, shared by
 * e2e/console-requests-reviews.test.ts and the screenshot script.
 */
import type { Locator, Page } from 'playwright-core';

export interface Ask {
  aboutName: string;
  recipientName: string;
  prompt: string;
  dueOn: string;
}

/** On /app/requests: asks one person for feedback about someone. */
export async function askForFeedback(page: Page, ask: Ask): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel('About', { exact: true }).selectOption({ label: ask.aboutName });
  await main.getByLabel('Type a name to find someone').fill(ask.recipientName);
  await main.getByRole('checkbox', { name: new RegExp(`^${ask.recipientName}\\b`) }).check();
  await main.getByLabel('Your question').fill(ask.prompt);
  await main.getByLabel(/^Answer by/).fill(ask.dueOn);
  await main.getByRole('button', { name: 'Ask for feedback' }).click();
}

/** The inbox entry that asks `prompt`. */
export const inboxEntry = (page: Page, prompt: string): Locator => page.locator('#inbox-heading + ul > li').filter({ hasText: prompt });

/** Opens the answer form of the request asking `prompt` and sends `body` as coaching feedback. */
export async function answerRequest(page: Page, prompt: string, body: string): Promise<void> {
  const entry = inboxEntry(page, prompt);
  await entry.getByRole('button', { name: /^Answer / }).click();
  await entry.getByRole('radio', { name: 'Coaching' }).check();
  await entry.getByLabel('Your answer').fill(body);
  await entry.getByRole('button', { name: 'Send answer' }).click();
}
