/**
 * The background's end of every page's port: refuses senders it does not trust, serves the
 * SightlineClient over comlink and the control calls, and ends the page's watches when its
 * port closes. A frame on a host page is served only with the nonce of a frame session its
 * content script opened (background/frame-sessions.ts); it is refused, and told so, otherwise.
 *
 * @example
 *   browser.runtime.onConnect.addListener((port) => servePort(port, { client, handlers, extensionOrigin, frames }));
 */
import type { SightlineClient } from '@sightline/sdk/client';
import { exposeClient, portEndpoint } from '@sightline/sdk/engine';
import { splitPort } from './channels';
import type { ControlRefused } from './control-protocol';
import { serveControl, type ControlHandlers } from './control-server';
import type { FrameRequest } from './frame-payload';
import { nonceOfPortName, PORT_NAME, type PortLike, type PortSender } from './port';
import { trustOf } from './trust';

export interface FrameClaims {
  claim(nonce: string, sender: PortSender): Promise<FrameRequest | null>;
}

export interface ServeOptions {
  client: SightlineClient;
  handlers: ControlHandlers;
  /** Where the extension's pages live: `browser.runtime.getURL('/')`. */
  extensionOrigin: string;
  /** The frame sessions content scripts opened; without them no frame on a host page is served. */
  frames?: FrameClaims;
}

export async function servePort(port: PortLike, { client, handlers, extensionOrigin, frames }: ServeOptions): Promise<void> {
  const nonce = nonceOfPortName(port.name);
  if (port.name !== PORT_NAME && nonce === null) return;
  const trust = trustOf(port.sender, extensionOrigin);
  // Listening from the start: the page waits for the greeting before it sends anything.
  const channels = splitPort(port);
  const refuse = (reason: string) => {
    console.warn(`[sightline] refused a connection from ${port.sender?.url}: ${reason}`);
    channels.control.postMessage({ refused: reason } satisfies ControlRefused);
    port.disconnect();
  };
  if (!trust) return refuse('not an extension page');
  let frame: FrameRequest | null = null;
  if (trust === 'embedded') {
    frame = nonce === null || !frames ? null : await frames.claim(nonce, port.sender ?? {});
    if (!frame) return refuse('this frame was not opened by Sightline on a tool page');
  } else if (nonce !== null) {
    return refuse('a frame port from outside a host page');
  }
  channels.client.onDisconnect.addListener(exposeClient(client, portEndpoint(channels.client)));
  serveControl(channels.control, handlers, trust, frame);
}
