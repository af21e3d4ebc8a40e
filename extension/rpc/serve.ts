/**
 * The background's end of every page's port: refuses senders it does not trust, serves the
 * SightlineClient over comlink and the control calls, and ends the page's watches when its
 * port closes.
 *
 * @example
 *   browser.runtime.onConnect.addListener((port) => servePort(port, { client, handlers, extensionOrigin }));
 */
import type { SightlineClient } from '@sightline/sdk/client';
import { exposeClient, portEndpoint } from '@sightline/sdk/engine';
import { splitPort } from './channels';
import { serveControl, type ControlHandlers } from './control-server';
import { PORT_NAME, type PortLike } from './port';
import { trustOf } from './trust';

export interface ServeOptions {
  client: SightlineClient;
  handlers: ControlHandlers;
  /** Where the extension's pages live: `browser.runtime.getURL('/')`. */
  extensionOrigin: string;
}

export function servePort(port: PortLike, { client, handlers, extensionOrigin }: ServeOptions): void {
  if (port.name !== PORT_NAME) return;
  const trust = trustOf(port.sender, extensionOrigin);
  if (!trust) {
    console.warn('[sightline] refused a connection from', port.sender?.url);
    port.disconnect();
    return;
  }
  const channels = splitPort(port);
  channels.client.onDisconnect.addListener(exposeClient(client, portEndpoint(channels.client)));
  serveControl(channels.control, handlers, trust);
}
