/**
 * A comlink Endpoint over an extension runtime.Port. Such ports carry JSON only, but comlink
 * transfers a MessagePort for every proxied callback (watch's onChange, the unsubscribe it
 * returns). So each transferred port is replaced by a marker and bridged: its messages travel
 * over the same runtime.Port, tagged with the bridge's id, and the other side hands its code a
 * fresh MessagePort that behaves as the transferred one would.
 *
 * Reconnecting is the caller's job: when the port disconnects every bridge closes, and calls
 * in flight never settle; make a new port and a new wrapClient.
 */
import type { Endpoint } from 'comlink';
import { uuidv7 } from '../../model';

/** The shape of chrome.runtime.Port (and browser.runtime.Port) this adapter needs. */
export interface RuntimePortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void; removeListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

const PORT_MARKER = '__sightlinePort';

interface Envelope {
  /** null: a message of the endpoint itself; otherwise the bridge it belongs to. */
  bridge: string | null;
  data: unknown;
}

/**
 * A plain object of any realm: Firefox hands extension frames port messages (and storage
 * values) built in another context, whose Object.prototype is not this one's, so the test is
 * structural: an ordinary object whose prototype is some realm's Object.prototype, or none.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Copies `value`, passing every array item and object property through `visit` first. */
function mapDeep(value: unknown, visit: (value: unknown) => unknown): unknown {
  const seen = visit(value);
  if (seen !== value) return seen;
  if (Array.isArray(value)) return value.map((item) => mapDeep(item, visit));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapDeep(v, visit)]));
  return value;
}

export function portEndpoint(port: RuntimePortLike): Endpoint {
  const listeners = new Set<EventListenerOrEventListenerObject>();
  const bridges = new Map<string, MessagePort>();

  function send(bridge: string | null, data: unknown, transfer: readonly unknown[]): void {
    const ids = new Map<unknown, string>();
    for (const item of transfer) if (item instanceof MessagePort) ids.set(item, uuidv7());
    for (const [local, id] of ids) open(id, local as MessagePort);
    const envelope: Envelope = { bridge, data: mapDeep(data, (v) => (ids.has(v) ? { [PORT_MARKER]: ids.get(v) } : v)) };
    port.postMessage(envelope);
  }

  /** `local` is this side's end: what arrives on it goes to the other side, and back. */
  function open(id: string, local: MessagePort): void {
    bridges.set(id, local);
    local.onmessage = (event) => send(id, event.data, event.ports);
  }

  function receive(message: unknown): void {
    const { bridge, data } = message as Envelope;
    const ports: MessagePort[] = [];
    const revived = mapDeep(data, (v) => {
      if (!isPlainObject(v) || typeof v[PORT_MARKER] !== 'string') return v;
      const { port1, port2 } = new MessageChannel();
      open(v[PORT_MARKER], port1);
      ports.push(port2);
      return port2;
    });
    if (bridge !== null) return bridges.get(bridge)?.postMessage(revived, ports);
    const event = new MessageEvent('message', { data: revived, ports });
    for (const listener of listeners) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  }

  port.onMessage.addListener(receive);
  port.onDisconnect.addListener(() => {
    port.onMessage.removeListener(receive);
    for (const local of bridges.values()) local.close();
    bridges.clear();
  });

  return {
    postMessage: (message: unknown, transfer: Transferable[] = []) => send(null, message, transfer),
    addEventListener: (_type: string, listener: EventListenerOrEventListenerObject) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: EventListenerOrEventListenerObject) => void listeners.delete(listener),
  };
}
