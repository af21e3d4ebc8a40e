/**
 * Sightline's panel on a host page in Firefox: the extension frame the content script placed
 * (in an open shadow root), the record the background gave it, and the feedback form in it.
 */
import { claimedPanelPayloads, type PanelPayload } from '../../extension/support/claimed-panels';
import type { Chain, Scope } from './driver';

const FRAME: Chain = ['[data-testid="sightline-record-frame"]'];

export const recordPanel = (page: Scope): Scope => page.frame(FRAME);

/**
 * The records the content script handed the panel frames of `page`, oldest first, read in
 * `extensionPage` (any page of ours, e.g. the options page): the background keeps each in the
 * frame session its frame claimed, in `storage.session`, and the page itself never holds it.
 */
export async function panelPayloads(extensionPage: Scope, page: Scope): Promise<PanelPayload[]> {
  const url = await page.run(() => location.href);
  return extensionPage.run(claimedPanelPayloads, url);
}

/** The record of the newest panel frame in `page`. */
export async function panelPayload(extensionPage: Scope, page: Scope): Promise<PanelPayload> {
  const latest = (await panelPayloads(extensionPage, page)).at(-1);
  if (!latest) throw new Error('no panel frame in the page claimed a session');
  return latest;
}

/** `<sightline-feedback>` inside `within` (a panel section, the capture dialog). */
export const feedbackForm = (within: Chain): Chain => [...within, 'sightline-feedback'];

/** Writes and sends a self-reflection (it needs no person picked) about the linked record. */
export async function sendSelfReflection(scope: Scope, form: Chain, body: string): Promise<void> {
  await scope.waitForElement([...form, 'button[type="submit"]'], { text: 'Send feedback' });
  await scope.check([...form, '#kind-self']);
  await scope.fill([...form, 'textarea#body'], body);
  await scope.press([...form, 'button[type="submit"]'], { text: 'Send feedback' });
}

/** The form's live region text: "Saved on this device; will sync", "Saved and synced", … */
export const submitStatus = (form: Chain): Chain => [...form, '[role="status"]'];
