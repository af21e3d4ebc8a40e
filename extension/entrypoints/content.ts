/**
 * Runs on the hosts the background registered for (never from the manifest): follows the
 * page's records and shows the detected one in a panel.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountRecordPanel } from '../content/record-panel';
import { watchRecords } from '../content/watch-records';
import { getEnabledTools, watchEnabledTools } from '../settings/enabled-tools';

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    let enabled = await getEnabledTools();
    const records = watchRecords({
      signal: ctx.signal,
      enabledTools: () => enabled,
      onRecord: (page) => {
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
  },
});
