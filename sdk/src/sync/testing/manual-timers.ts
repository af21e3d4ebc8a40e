/** Test double: timers that only fire when the test advances the clock. */
import type { Timers } from '../timing';

interface Pending {
  due: number;
  ms: number;
  callback(): void;
}

export class ManualTimers implements Timers {
  #now = 0;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  #onSchedule: Array<() => void> = [];

  get now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#nextId++;
    this.#pending.set(id, { due: this.#now + ms, ms, callback });
    for (const notify of this.#onSchedule.splice(0)) notify();
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#pending.delete(handle as number);
  }

  /** Delays (as requested) of the timers still pending. */
  delays(): number[] {
    return [...this.#pending.values()].map((p) => p.ms);
  }

  /** Resolves once a timer of exactly `ms` is pending. */
  async waitFor(ms: number): Promise<void> {
    while (!this.delays().includes(ms)) await new Promise<void>((resolve) => this.#onSchedule.push(resolve));
  }

  /** Moves the clock forward, firing due timers in order. */
  advance(ms: number): void {
    const until = this.#now + ms;
    for (;;) {
      const next = [...this.#pending.entries()].filter(([, p]) => p.due <= until).sort(([, a], [, b]) => a.due - b.due)[0];
      if (!next) break;
      this.#pending.delete(next[0]);
      this.#now = next[1].due;
      next[1].callback();
    }
    this.#now = until;
  }
}
