/**
 * What an extension frame on a host page tells the content script that placed it: its height
 * (so the panel fits its content) and that it wants to close. Nothing else crosses: the data
 * stays inside the frame, which the host page cannot read.
 */
import { z } from 'zod';
import { originOf } from './trust';

export const FrameMessage = z.discriminatedUnion('type', [
  z.strictObject({ source: z.literal('sightline'), type: z.literal('size'), height: z.number().nonnegative().max(100_000) }),
  z.strictObject({ source: z.literal('sightline'), type: z.literal('close') }),
]);
export type FrameMessage = z.infer<typeof FrameMessage>;

/** Frame side. The parent's origin is the host page's, unknown here; the messages hold nothing private. */
export function postToHost(message: FrameMessage, win: Window = window): void {
  win.parent.postMessage(message, '*');
}

/**
 * Content side: calls back with messages from `iframe` only. The browser sets `source` and
 * `origin`, so the host page cannot pose as the frame.
 */
export function listenToFrame(iframe: HTMLIFrameElement, extensionUrl: string, signal: AbortSignal, onMessage: (message: FrameMessage) => void): void {
  const expectedOrigin = originOf(extensionUrl);
  window.addEventListener(
    'message',
    (event) => {
      if (event.source !== iframe.contentWindow || event.origin !== expectedOrigin) return;
      const message = FrameMessage.safeParse(event.data);
      if (message.success) onMessage(message.data);
    },
    { signal },
  );
}
