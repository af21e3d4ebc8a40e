/** The slice of `runtime.Port` the RPC uses, so tests can connect two ends in memory. */
import type { RuntimePortLike } from '@sightline/sdk/engine';

/** Who opened a port, as the background sees it (`runtime.MessageSender`). */
export interface PortSender {
  /** The frame's URL: an extension page, or the host page for a content script. */
  url?: string;
  /** Set when the frame lives in a tab; `tab.url` only when the extension may see that tab's URL. */
  tab?: { id?: number; url?: string };
}

export interface PortLike extends RuntimePortLike {
  readonly name: string;
  /** Present on the end the background receives. */
  readonly sender?: PortSender;
  disconnect(): void;
}

/** Every extension page connects under this name. */
export const PORT_NAME = 'sightline';
