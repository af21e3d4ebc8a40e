/**
 * TEST DOUBLE. `runtime.connect` / `runtime.onConnect` in memory, with the Port semantics the
 * RPC relies on: messages are JSON-copied and delivered asynchronously and in order (also those
 * posted just before a disconnect), `disconnect()` notifies
 * only the other end, a disconnected port throws on `postMessage`, and connecting while no
 * background listens fails with a disconnect, as Chrome does while the worker is gone.
 */
import type { PortLike, PortSender } from '../port';

type Listener = (message: unknown) => void;

class MemoryPort implements PortLike {
  peer: MemoryPort | null = null;
  connected = true;
  readonly #messageListeners = new Set<Listener>();
  readonly #disconnectListeners = new Set<() => void>();

  constructor(
    readonly name: string,
    readonly sender?: PortSender,
  ) {}

  readonly onMessage = {
    addListener: (listener: Listener) => void this.#messageListeners.add(listener),
    removeListener: (listener: Listener) => void this.#messageListeners.delete(listener),
  };

  readonly onDisconnect = {
    addListener: (listener: () => void) => void this.#disconnectListeners.add(listener),
  };

  postMessage(message: unknown): void {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    const peer = this.peer;
    setTimeout(() => {
      if (peer?.connected) for (const listener of [...peer.#messageListeners]) listener(copy);
    }, 0);
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.peer?.dropped();
  }

  /** The other end went away (it disconnected, or its context was destroyed); what it posted before still arrives first. */
  dropped(): void {
    if (!this.connected || this.#dropping) return;
    this.#dropping = true;
    setTimeout(() => {
      this.connected = false;
      for (const listener of [...this.#disconnectListeners]) listener();
    }, 0);
  }

  #dropping = false;
}

export class MemoryRuntime {
  #listeners = new Set<(port: PortLike) => void>();
  readonly #backgroundEnds = new Set<MemoryPort>();
  /** How many connections were attempted, including refused ones. */
  connects = 0;

  readonly onConnect = {
    addListener: (listener: (port: PortLike) => void) => void this.#listeners.add(listener),
  };

  /** `sender` is what the background will see on its end. */
  connect(name: string, sender: PortSender = {}): PortLike {
    this.connects++;
    const page = new MemoryPort(name);
    const background = new MemoryPort(name, sender);
    page.peer = background;
    background.peer = page;
    if (this.#listeners.size === 0) {
      page.dropped();
      return page;
    }
    this.#backgroundEnds.add(background);
    const listeners = [...this.#listeners];
    setTimeout(() => {
      for (const listener of listeners) listener(background);
    }, 0);
    return page;
  }

  /** Chrome stops the service worker: its ports close and its listeners are gone until it starts again. */
  stopWorker(): void {
    this.#listeners = new Set();
    for (const end of this.#backgroundEnds) {
      end.connected = false;
      end.peer?.dropped();
    }
    this.#backgroundEnds.clear();
  }
}
