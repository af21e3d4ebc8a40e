/**
 * Feedback capture over the page (the keyboard shortcut): a modal extension frame with the
 * feedback form for the record on screen. Private feedback is typed into the frame, never into
 * the host page's DOM. One at a time; focus goes into the frame and back where it was on close.
 */
import type { RecordContext } from '@sightline/sdk/model';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { listenToFrame } from '../rpc/frame-messages';
import { withPayload } from '../rpc/frame-payload';

export function captureOpener(ctx: ContentScriptContext): (record: RecordContext | null) => void {
  let open: IframeContentScriptUi<void> | null = null;

  return (record) => {
    if (open) return open.iframe.focus();
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const closed = new AbortController();
    const ui = createIframeUi(ctx, {
      page: '/capture.html',
      position: 'modal',
      zIndex: 2147483647,
      onBeforeMount(wrapper, iframe) {
        wrapper.dataset.testid = 'sightline-capture';
        iframe.src = withPayload(browser.runtime.getURL('/capture.html'), { record });
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
    listenToFrame(ui.iframe, browser.runtime.getURL('/'), AbortSignal.any([closed.signal, ctx.signal]), (message) => {
      if (message.type === 'close') ui.remove();
    });
    ui.mount();
    open = ui;
  };
}
