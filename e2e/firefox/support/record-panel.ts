/**
 * Sightline's panel on a host page in Firefox: the extension frame the content script placed
 * (in an open shadow root), what the frame was told about the record, and the feedback form in it.
 */
import type { RecordContext } from '@sightline/sdk/model';
import type { Category } from '../../extension/support/tool-pages';
import type { Chain, Scope } from './driver';

const FRAME: Chain = ['[data-testid="sightline-record-frame"]'];

export const recordPanel = (page: Scope): Scope => page.frame(FRAME);

export interface PanelPayload {
  label: string;
  category: Category;
  record: RecordContext;
}

/** The record the content script handed the frame: JSON in the frame URL's fragment. */
export async function panelPayload(page: Scope): Promise<PanelPayload> {
  const frame = await page.waitForElement(FRAME);
  const src = await page.run((element: HTMLIFrameElement) => element.src, frame as unknown as HTMLIFrameElement);
  return JSON.parse(decodeURIComponent(new URL(src).hash.slice(1))) as PanelPayload;
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

/** The form's live region text: "Saved — syncing…", "Saved and synced", … */
export const submitStatus = (form: Chain): Chain => [...form, '[role="status"]'];
