/**
 * A page's connection to the background: the SightlineClient and the control calls over one
 * port, reconnecting with backoff whenever the port closes (the service worker stopped, the
 * extension reloaded). Watches are subscribed again on the new port by the SwitchableClient;
 * calls made while disconnected wait for the next port; a call in flight when the port
 * closes fails with ConnectionLostError rather than hanging, and control calls, which are all
 * idempotent, are sent once more on the next port.
 *
 * @example
 *   const { client, control } = connectBackground({ connect: () => browser.runtime.connect({ name: PORT_NAME }) });
 */
import type { SightlineClient } from '@sightline/sdk/client';
import { portEndpoint, wrapClient } from '@sightline/sdk/engine';
import { backoffDelay, type BackoffOptions } from '@sightline/sdk/sync/backoff';
import { Attachment } from '../client/attachment';
import { SwitchableClient } from '../client/switchable-client';
import { splitPort } from './channels';
import { ConnectionLostError, controlCaller, RefusedError, type ControlApi } from './control-caller';
import type { PortLike } from './port';

export interface ConnectOptions {
  connect: () => PortLike;
  backoff?: BackoffOptions;
  /** How long a call made while disconnected waits for the next port. */
  waitMs?: number;
  random?: () => number;
  /** Called when the background refuses the page; it stops connecting then. */
  onRefused?: (reason: string) => void;
}

export interface BackgroundConnection {
  client: SightlineClient;
  control: ControlApi;
  /** Disconnects for good (the page is going away). */
  close(): void;
}

export const RECONNECT_BACKOFF: BackoffOptions = { baseMs: 100, capMs: 10_000 };
const WAIT_MS = 15_000;

export function connectBackground({
  connect,
  backoff = RECONNECT_BACKOFF,
  waitMs = WAIT_MS,
  random = Math.random,
  onRefused = () => {},
}: ConnectOptions): BackgroundConnection {
  const client = new SwitchableClient({
    whileDetached: { waitMs },
    // A port lost while re-subscribing is retried on the next one; anything else is a bug worth seeing.
    onError: (error) => error instanceof ConnectionLostError || console.warn('[sightline] re-subscribing a watch failed', error),
  });
  const link = new Attachment<{ port: PortLike; control: ControlApi }>();
  /** The newest port, accepted or not yet. */
  let latest: PortLike | null = null;
  let failures = 0;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const reconnectLater = () => {
    if (!closed) retry = setTimeout(attach, backoffDelay(failures++, backoff, random));
  };

  function attach(): void {
    let port: PortLike;
    try {
      port = connect();
    } catch (error) {
      // The extension is being reloaded or updated; a later attempt reaches the new background.
      console.warn('[sightline] connecting to the background failed', error);
      return reconnectLater();
    }
    latest = port;
    const channels = splitPort(port);
    const lost = new Promise<never>((_, reject) => channels.client.onDisconnect.addListener(() => reject(new ConnectionLostError())));
    // Only calls racing it observe the rejection; an idle port closing is not an error.
    lost.catch(() => {});
    const control = controlCaller(channels.control);
    const current = { port, control };
    channels.client.onDisconnect.addListener(() => {
      if (link.current === current) {
        link.set(null);
        client.use(null);
      }
      reconnectLater();
    });
    // Calls and watches move to this port only once the background accepted it, so none is
    // sent to a port about to be refused or dropped by a worker that is still starting.
    control.ready.then(
      () => {
        if (closed) return;
        failures = 0;
        link.set(current);
        client.use(raceLoss(wrapClient(portEndpoint(channels.client)), lost));
      },
      (error: unknown) => {
        if (!(error instanceof RefusedError)) return;
        closed = true;
        clearTimeout(retry);
        onRefused(error.message);
      },
    );
  }

  attach();
  return {
    client,
    control: {
      async call(method, args) {
        const first = await link.next(waitMs);
        try {
          return await first.control.call(method, args);
        } catch (error) {
          if (!(error instanceof ConnectionLostError)) throw error;
          return (await link.next(waitMs)).control.call(method, args);
        }
      },
    },
    close() {
      closed = true;
      clearTimeout(retry);
      latest?.disconnect();
      link.set(null);
      client.use(null);
    },
  };
}

/** The remote client, each call settling with ConnectionLostError if the port closes first (comlink would wait forever). */
function raceLoss(remote: SightlineClient, lost: Promise<never>): SightlineClient {
  return {
    watch: (query, params, onChange) => Promise.race([remote.watch(query, params, onChange), lost]),
    mutate: (name, args) => Promise.race([remote.mutate(name, args), lost]),
    syncNow: () => Promise.race([remote.syncNow(), lost]),
    dismissRejection: (mutationId) => Promise.race([remote.dismissRejection(mutationId), lost]),
  };
}
