/**
 * Content side of an extension frame's start: asks the background for a frame session holding
 * the record (so the record never travels through the page), then greets the frame with the
 * session's nonce once it has loaded.
 */
import { browser } from 'wxt/browser';
import { FrameOpened, greetFrame, type FrameMessage, type OpenFrameMessage } from '../rpc/frame-messages';
import { FRAME_PAGES, type FrameRequest } from '../rpc/frame-payload';
import { originOf } from '../rpc/trust';

/** A frame session's nonce; throws with the background's reason when it will not open one. */
export async function openFrameSession(frame: FrameRequest): Promise<string> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'sightline:open-frame', frame } satisfies OpenFrameMessage);
  const opened = FrameOpened.safeParse(answer);
  if (opened.success) return opened.data.nonce;
  const reason = (answer as { error?: unknown } | undefined)?.error;
  throw new Error(`the background opened no frame: ${typeof reason === 'string' ? reason : 'no answer'}`);
}

/** Loads the session's page in `iframe` and greets it; `onMessage` gets the frame's size and close requests. */
export function startFrame(iframe: HTMLIFrameElement, kind: FrameRequest['kind'], nonce: string, signal: AbortSignal, onMessage: (message: FrameMessage) => void): void {
  const pageUrl = browser.runtime.getURL(FRAME_PAGES[kind]);
  greetFrame(iframe, nonce, originOf(pageUrl)!, signal, onMessage);
  iframe.src = pageUrl;
}
