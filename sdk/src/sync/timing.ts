/** Timers the engine waits with; injected so tests control time without faking the globals Dexie relies on. */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(timers: Timers, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      timers.clearTimeout(handle);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const handle = timers.setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/** Calls `callback` every `ms` until the returned function is called. */
export function every(timers: Timers, ms: number, callback: () => void): () => void {
  let handle = timers.setTimeout(function tick() {
    handle = timers.setTimeout(tick, ms);
    callback();
  }, ms);
  return () => timers.clearTimeout(handle);
}
