/** The slice of `runtime.Port` the RPC uses, so tests can connect two ends in memory. */
import type { RuntimePortLike } from '@sightline/sdk/engine';

/** Who opened a port or sent a message, as the background sees it (`runtime.MessageSender`), set by the browser. */
export interface PortSender {
  /** The frame's URL: an extension page, or the host page for a content script. */
  url?: string;
  /** Set when the frame lives in a tab; `tab.url` only when the extension may see that tab's URL. */
  tab?: { id?: number; url?: string };
  /** 0 for a tab's top frame. */
  frameId?: number;
  /** The document in that frame (Chrome only): a frame navigated elsewhere has a new one. */
  documentId?: string;
}

export interface PortLike extends RuntimePortLike {
  readonly name: string;
  /** Present on the end the background receives. */
  readonly sender?: PortSender;
  disconnect(): void;
}

/** Extension pages in a tab of their own connect under this name. */
export const PORT_NAME = 'sightline';

const FRAME_PREFIX = `${PORT_NAME}:frame:`;

/** A frame on a host page connects under a name carrying the nonce its content script handed it. */
export const framePortName = (nonce: string): string => `${FRAME_PREFIX}${nonce}`;

/** The nonce in a frame's port name; null for any other name. */
export const nonceOfPortName = (name: string): string | null => (name.startsWith(FRAME_PREFIX) ? name.slice(FRAME_PREFIX.length) : null);
