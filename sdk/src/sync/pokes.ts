/** Follows the server's poke stream while leading: a hint to pull, reconnected with backoff. */
import { Poke } from '../model';
import { backoffDelay } from './backoff';
import { untilOnline } from './network';
import type { RetryOptions } from './retry';
import { sleep } from './timing';
import type { Transport } from './transport/http';
import { readSse } from './transport/sse';

export interface PokeOptions extends RetryOptions {
  transport: Transport;
  onPoke(version: number): void;
}

function parsePoke(data: string): number | null {
  try {
    const poke = Poke.safeParse(JSON.parse(data));
    return poke.success ? poke.data.version : null;
  } catch {
    return null;
  }
}

/** Runs until `signal` aborts; never throws (a lost stream only delays pulls until the timer). */
export async function followPokes(options: PokeOptions, signal: AbortSignal): Promise<void> {
  let attempt = 0;
  while (!signal.aborted) {
    await untilOnline(options.network, signal);
    // Stopped while offline: opening the stream now would be a request nobody reads.
    if (signal.aborted) return;
    try {
      const body = await options.transport.events(signal);
      for await (const event of readSse(body)) {
        const version = event.event === 'poke' ? parsePoke(event.data) : null;
        if (version === null) continue;
        attempt = 0;
        options.onPoke(version);
      }
    } catch {
      // Reconnect below; the sync loop reports problems the stream shares with push and pull.
    }
    await sleep(options.timers, backoffDelay(attempt++, options.backoff, options.random), signal);
  }
}
