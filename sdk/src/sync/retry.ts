/** Retries a request through temporary failures (and offline spells) until it succeeds or fails for good. */
import { backoffDelay, type BackoffOptions } from './backoff';
import { untilOnline, type NetworkStatus } from './network';
import { sleep, type Timers } from './timing';
import { TemporaryError } from './transport/errors';

export interface RetryOptions {
  network: NetworkStatus;
  timers: Timers;
  backoff: BackoffOptions;
  random: () => number;
}

export async function retryTemporary<T>(request: () => Promise<T>, options: RetryOptions, signal: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    await untilOnline(options.network, signal);
    signal.throwIfAborted();
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof TemporaryError)) throw error;
      await sleep(options.timers, error.retryAfterMs ?? backoffDelay(attempt, options.backoff, options.random), signal);
    }
  }
}
