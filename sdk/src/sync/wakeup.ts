/**
 * One loop's doorbell: wait() ends on ring(), a timeout or abort. A wait may listen for urgent
 * rings only (a backoff that new work should not cut short, but coming online should).
 *
 * Rings while nobody waits are not remembered: the loop checks for work and starts waiting in
 * the same tick, so no request can fall between the two.
 */
import type { Timers } from './timing';

export class Wakeup {
  #waiter: { urgentOnly: boolean; done(): void } | null = null;

  constructor(private readonly timers: Timers) {}

  ring(urgent = false): void {
    if (this.#waiter && (urgent || !this.#waiter.urgentOnly)) this.#waiter.done();
  }

  /** `ms` null: no timeout. */
  wait(ms: number | null, signal: AbortSignal, urgentOnly = false): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        if (handle !== undefined) this.timers.clearTimeout(handle);
        signal.removeEventListener('abort', done);
        this.#waiter = null;
        resolve();
      };
      const handle = ms === null ? undefined : this.timers.setTimeout(done, ms);
      signal.addEventListener('abort', done);
      this.#waiter = { urgentOnly, done };
    });
  }
}
