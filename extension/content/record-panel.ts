/**
 * Mounts Sightline's panel for the record on screen: a shadow root at the adapter's anchor (or
 * floating over the page when the host has no anchor) holding an extension frame that renders
 * the widgets. The widgets cannot run in the content script itself (isolated worlds have no
 * custom element registry), and inside the frame the host page can read none of the goals,
 * KPIs or feedback shown. The panel goes away when the record's signal aborts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { openFrameSession, startFrame } from './open-frame';
import type { RecordPage } from './watch-records';

/**
 * WXT resets the host with `all: initial !important`, so layout lives on the frame box;
 * custom properties survive that reset, so the host page can still size and colour the box
 * through `--sightline-*` variables without reaching inside.
 */
export const RECORD_PANEL_CSS = `
:host {
  --sightline-border: #d9e2ec;
  --sightline-panel-width: 100%;
}
.frame {
  display: block;
  box-sizing: border-box;
  width: var(--sightline-panel-width);
  height: 120px;
  margin: 8px 0;
  border: 1px solid var(--sightline-border);
  border-radius: 6px;
  color-scheme: normal;
}
[data-floating] > .frame {
  position: fixed;
  right: 16px;
  bottom: 16px;
  z-index: 2147483000;
  width: min(360px, calc(100vw - 32px));
  max-height: min(70vh, 640px);
  margin: 0;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
}
`;

export async function mountRecordPanel(ctx: ContentScriptContext, { adapter, context, anchor, signal }: RecordPage): Promise<void> {
  const floating = anchor === null || anchor === document.body;
  const nonce = await openFrameSession({ kind: 'panel', payload: { label: adapter.label, category: adapter.category, record: context } });
  if (signal.aborted) return;
  const ui = await createShadowRootUi(ctx, {
    name: 'sightline-record-panel',
    position: 'inline',
    anchor: anchor ?? document.body,
    append: floating ? 'last' : adapter.placement,
    css: RECORD_PANEL_CSS,
    // Keystrokes typed in the panel must not trigger the host's shortcuts.
    isolateEvents: true,
    onMount(container) {
      container.toggleAttribute('data-floating', floating);
      const frame = document.createElement('iframe');
      frame.className = 'frame';
      frame.title = `Sightline: goals and feedback for this ${context.recordType}`;
      frame.dataset.testid = 'sightline-record-frame';
      startFrame(frame, 'panel', nonce, signal, (message) => {
        if (message.type === 'size') frame.style.height = `${Math.ceil(message.height)}px`;
        else ui.remove();
      });
      container.replaceChildren(frame);
    },
  });
  // Creating the UI is async; the user may have navigated on meanwhile.
  if (signal.aborted) return;
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
}
