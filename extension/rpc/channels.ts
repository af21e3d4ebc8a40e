/**
 * Two conversations over one runtime.Port: comlink's messages for the SightlineClient and the
 * extension's own control calls. Each channel looks like a port of its own, so the SDK's
 * `portEndpoint` and the control protocol never see each other's messages.
 */
import type { RuntimePortLike } from '@sightline/sdk/engine';
import { z } from 'zod';
import type { PortLike } from './port';

export const CHANNELS = ['client', 'control'] as const;
export type Channel = (typeof CHANNELS)[number];

const Frame = z.strictObject({ channel: z.enum(CHANNELS), message: z.unknown() });

type Listener = (message: unknown) => void;

/** Splits `port`; when it disconnects, every channel reports the disconnect. */
export function splitPort(port: PortLike): Record<Channel, RuntimePortLike> {
  const listeners: Record<Channel, Set<Listener>> = { client: new Set(), control: new Set() };
  const disconnects: Array<() => void> = [];
  let connected = true;

  port.onMessage.addListener((raw) => {
    const frame = Frame.safeParse(raw);
    // Nobody to answer: a frame without a channel cannot say who sent it or what it expects.
    if (!frame.success) return console.warn('[sightline] dropped a message that is not an RPC frame', frame.error.issues);
    for (const listener of [...listeners[frame.data.channel]]) listener(frame.data.message);
  });
  port.onDisconnect.addListener(() => {
    connected = false;
    for (const listener of disconnects) listener();
  });

  const channel = (name: Channel): RuntimePortLike => ({
    postMessage(message) {
      // A late post (a watch result racing the disconnect) has nowhere to go; onDisconnect
      // reports the loss to both sides, so dropping it here is all that is left to do.
      if (!connected) return;
      try {
        port.postMessage({ channel: name, message });
      } catch {
        connected = false;
      }
    },
    onMessage: {
      addListener: (listener) => void listeners[name].add(listener),
      removeListener: (listener) => void listeners[name].delete(listener),
    },
    onDisconnect: { addListener: (listener) => void disconnects.push(listener) },
  });
  return { client: channel('client'), control: channel('control') };
}
