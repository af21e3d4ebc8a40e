/**
 * Driving `<sightline-feedback>` the way a person does, by role and label through its open
 * shadow root, wherever it renders (the ticket panel, the capture dialog).
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** Writes and sends a self-reflection (it needs no person picked) about the linked record. */
export async function sendSelfReflection(form: Locator, body: string): Promise<void> {
  const send = form.getByRole('button', { name: 'Send feedback' });
  await send.waitFor();
  const self = form.getByRole('radio', { name: /Self-reflection/ });
  // Each kind shows other fields, and the frame around the form follows its height a moment
  // later: a click while it does (the form just reset after the last send) can miss.
  await expect
    .poll(
      async () => {
        if (!(await self.isChecked())) await self.click();
        return self.isChecked();
      },
      // A click waits for the radio to be stable, which can take longer than a poll's default second.
      { timeout: 10_000 },
    )
    .toBe(true);
  await form.getByRole('textbox', { name: 'Feedback' }).fill(body);
  await send.click();
}

/** The form's live region: "Saved on this device; will sync", "Saved and synced", … */
export const submitStatus = (form: Locator): Locator => form.locator('[role="status"]');
