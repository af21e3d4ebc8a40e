/**
 * Test double: an in-memory, exclusive-only Web Locks manager (Node has no navigator.locks).
 * Share one instance between engines to model tabs of one origin.
 */
import type { LockManagerLike } from '../leader';

interface Waiter {
  grant(): void;
  signal?: AbortSignal;
}

export class MemoryLocks implements LockManagerLike {
  readonly #held = new Set<string>();
  readonly #queues = new Map<string, Waiter[]>();

  request(name: string, options: { signal?: AbortSignal }, callback: (lock: unknown) => Promise<void>): Promise<unknown> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        signal,
        grant: () => {
          signal?.removeEventListener('abort', abort);
          this.#held.add(name);
          callback({ name })
            .then(resolve, reject)
            .finally(() => this.#release(name));
        },
      };
      const abort = () => {
        const queue = this.#queues.get(name) ?? [];
        queue.splice(queue.indexOf(waiter), 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abort);
      if (this.#held.has(name)) this.#queues.set(name, [...(this.#queues.get(name) ?? []), waiter]);
      else waiter.grant();
    });
  }

  #release(name: string): void {
    this.#held.delete(name);
    this.#queues.get(name)?.shift()?.grant();
  }
}
