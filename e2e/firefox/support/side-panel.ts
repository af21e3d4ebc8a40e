/**
 * The extension's side panel page (Firefox shows it as the sidebar), opened in a tab of its own
 * for the tests that read its sync summary and feedback lists.
 */
import type { Chain, Scope } from './driver';

/** The one-line sync summary: "All changes synced", "Syncing 1 change…", … */
export const SYNC_SUMMARY: Chain = ['[data-testid="sync-status"]', '[role="status"]'];

/** Waits until the feedback the signed-in person gave lists `body`, and returns that item's text. */
export async function feedbackGivenItem(sidePanel: Scope, body: string): Promise<string> {
  await sidePanel.click(['[data-testid="show-feedback-given"]']);
  return sidePanel.textOf(['[data-testid="feedback-given"] li'], { text: body });
}
