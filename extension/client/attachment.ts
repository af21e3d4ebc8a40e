/**
 * A value that comes and goes (an engine, a port to the background), and a way to wait for the
 * next one with a deadline. Waiters are released in the order they arrived.
 */

export class AttachTimeoutError extends Error {
  override readonly name = 'AttachTimeoutError';
  constructor(waitMs: number) {
    super(`Sightline's background did not answer within ${Math.round(waitMs / 1000)} s`);
  }
}

export class Attachment<T> {
  #value: T | null = null;
  readonly #waiting = new Set<(value: T) => void>();

  get current(): T | null {
    return this.#value;
  }

  set(value: T | null): void {
    this.#value = value;
    if (value === null) return;
    for (const resolve of [...this.#waiting]) resolve(value);
  }

  /** The current value, or the next one set within `waitMs`. */
  next(waitMs: number): Promise<T> {
    if (this.#value !== null) return Promise.resolve(this.#value);
    return new Promise((resolve, reject) => {
      const done = (value: T) => {
        clearTimeout(timer);
        this.#waiting.delete(done);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.#waiting.delete(done);
        reject(new AttachTimeoutError(waitMs));
      }, waitMs);
      this.#waiting.add(done);
    });
  }
}
