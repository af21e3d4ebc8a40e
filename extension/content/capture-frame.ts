/**
 * Feedback capture over the page (the keyboard shortcut): a modal extension frame with the
 * feedback form for the record on screen. Private feedback is typed into the frame, never into
 * the host page's DOM. One at a time; focus goes into the frame and back where it was on close.
 */
import type { RecordContext } from '@sightline/sdk/model';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { openFrameSession, startFrame } from './open-frame';

export function captureOpener(ctx: ContentScriptContext): (record: RecordContext | null) => Promise<void> {
  let open: IframeContentScriptUi<void> | null = null;
  let opening = false;

  return async (record) => {
    if (open) return open.iframe.focus();
    if (opening) return;
    opening = true;
    const nonce = await openFrameSession({ kind: 'capture', payload: { record } }).finally(() => (opening = false));
    if (ctx.signal.aborted) return;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const closed = new AbortController();
    const signal = AbortSignal.any([closed.signal, ctx.signal]);
    const ui = createIframeUi(ctx, {
      page: '/capture.html',
      position: 'modal',
      zIndex: 2147483647,
      onBeforeMount(wrapper, iframe) {
        wrapper.dataset.testid = 'sightline-capture';
        startFrame(iframe, 'capture', nonce, signal, (message) => {
          if (message.type === 'close') ui.remove();
        });
        iframe.title = 'Sightline: give feedback';
        Object.assign(iframe.style, { width: '100%', height: '100%', border: '0', colorScheme: 'normal' });
      },
      onMount: (_wrapper, iframe) => iframe.focus(),
      onRemove() {
        closed.abort();
        open = null;
        returnFocusTo?.focus();
      },
    });
    ui.mount();
    open = ui;
  };
}
