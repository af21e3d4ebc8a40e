/** Test double: a network status the test switches on and off. */
import type { NetworkStatus } from '../network';

export class ManualNetwork implements NetworkStatus {
  #online: boolean;
  readonly #listeners = new Set<(online: boolean) => void>();

  constructor(online = true) {
    this.#online = online;
  }

  online(): boolean {
    return this.#online;
  }

  set(online: boolean): void {
    this.#online = online;
    for (const listener of this.#listeners) listener(online);
  }

  subscribe(listener: (online: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
