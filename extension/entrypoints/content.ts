/**
 * Runs on the hosts the background registered for (never from the manifest): follows the
 * page's records, shows Sightline's panel for the one on screen, and opens feedback capture
 * for it when the background relays the keyboard shortcut.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureOpener } from '../content/capture-frame';
import { mountRecordPanel } from '../content/record-panel';
import { watchRecords, type RecordPage } from '../content/watch-records';
import { OpenCaptureMessage } from '../rpc/tab-messages';
import { getEnabledTools, watchEnabledTools } from '../settings/enabled-tools';

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    let enabled = await getEnabledTools();
    let onScreen: RecordPage | null = null;
    const records = watchRecords({
      signal: ctx.signal,
      enabledTools: () => enabled,
      onRecord: (page) => {
        onScreen = page;
        mountRecordPanel(ctx, page).catch((error: unknown) => console.error('[sightline] mounting the panel failed', error));
      },
    });
    // Switching a tool off removes the panel at once instead of on the next reload.
    ctx.onInvalidated(
      watchEnabledTools((tools) => {
        enabled = tools;
        records.refresh();
      }),
    );

    const openCapture = captureOpener(ctx);
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!OpenCaptureMessage.safeParse(message).success) return;
      openCapture(onScreen && !onScreen.signal.aborted ? onScreen.context : null).catch((error: unknown) =>
        console.error('[sightline] opening feedback capture failed', error),
      );
      sendResponse({ opened: true });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
