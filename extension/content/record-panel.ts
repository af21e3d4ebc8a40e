/**
 * Mounts the record summary in a shadow root at the adapter's anchor, or floating over the
 * page when the host has no anchor, and removes it when the record's signal aborts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { RECORD_SUMMARY_CSS, renderRecordSummary } from './record-summary';
import type { RecordPage } from './watch-records';

export async function mountRecordPanel(ctx: ContentScriptContext, { adapter, context, anchor, signal }: RecordPage): Promise<void> {
  const floating = anchor === null || anchor === document.body;
  const ui = await createShadowRootUi(ctx, {
    name: 'sightline-record-panel',
    position: 'inline',
    anchor: anchor ?? document.body,
    append: floating ? 'last' : adapter.placement,
    css: RECORD_SUMMARY_CSS,
    // Keystrokes typed in the panel must not trigger the host's shortcuts.
    isolateEvents: true,
    onMount(container) {
      container.toggleAttribute('data-floating', floating);
      renderRecordSummary(container, adapter, context);
    },
  });
  // Creating the UI is async; the user may have navigated on meanwhile.
  if (signal.aborted) return;
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
}
