/**
 * Between an extension frame on a host page and the content script that placed it. The content
 * script asks the background to open a frame session (the background checks it runs at the top
 * of an enabled tool page and keeps the record), then hands the frame the session's nonce and
 * one end of a MessageChannel, addressed to the extension's origin so nothing else can receive
 * it. The frame reports its height and asks to close over that channel only: the host page
 * learns neither.
 */
import { z } from 'zod';
import { FrameRequest } from './frame-payload';

/** Content script to background: open a session for a frame. Answered with `FrameOpened`. */
export const OpenFrameMessage = z.strictObject({ type: z.literal('sightline:open-frame'), frame: FrameRequest });
export type OpenFrameMessage = z.infer<typeof OpenFrameMessage>;
export const FrameOpened = z.strictObject({ nonce: z.uuid() });

/** Content script to frame, with the channel's port. */
export const FrameHello = z.strictObject({ type: z.literal('sightline:frame-hello'), nonce: z.uuid() });

export const FrameMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('size'), height: z.number().nonnegative().max(100_000) }),
  z.strictObject({ type: z.literal('close') }),
]);
export type FrameMessage = z.infer<typeof FrameMessage>;

/** Frame side: what the content script handed over. */
export interface FrameHandshake {
  nonce: string;
  /** Where size and close go: the content script's end only. */
  toContentScript(message: FrameMessage): void;
}

/**
 * Frame side: resolves with the first hello from the window that framed this page. A page
 * opened any other way (top level, by a site that guesses the URL) never gets a nonce the
 * background accepts, so it never shows anything.
 */
export function awaitHello(win: Window = window): Promise<FrameHandshake> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (win.parent === win || event.source !== win.parent) return;
      const hello = FrameHello.safeParse(event.data);
      const [port] = event.ports;
      if (!hello.success || !port) return;
      win.removeEventListener('message', onMessage);
      resolve({ nonce: hello.data.nonce, toContentScript: (message) => port.postMessage(FrameMessage.parse(message)) });
    };
    win.addEventListener('message', onMessage);
  });
}

/**
 * Content side: once `iframe` has loaded the extension page, hands it `nonce` and a channel,
 * and calls back with each valid message on that channel until `signal` aborts.
 */
export function greetFrame(iframe: HTMLIFrameElement, nonce: string, extensionOrigin: string, signal: AbortSignal, onMessage: (message: FrameMessage) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => {
    const message = FrameMessage.safeParse(event.data);
    if (message.success) onMessage(message.data);
  };
  signal.addEventListener('abort', () => channel.port1.close(), { once: true });
  iframe.addEventListener(
    'load',
    // The target origin keeps the nonce from a frame the host page navigated elsewhere.
    () => iframe.contentWindow?.postMessage({ type: 'sightline:frame-hello', nonce }, extensionOrigin, [channel.port2]),
    { once: true, signal },
  );
}
