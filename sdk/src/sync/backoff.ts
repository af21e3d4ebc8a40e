/** Retry delays: exponential with full jitter, so many clients failing together do not retry together. */

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, capMs: 5 * 60_000 };

/** Uniform in [0, min(cap, base * 2^attempt)); attempt 0 is the first retry. */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(options.capMs, options.baseMs * 2 ** attempt));
}
