/**
 * A SightlineClient whose engine can come and go while its watches live on. The background
 * swaps engines when the account changes; a page loses its port whenever the service worker
 * stops. Each watch is subscribed again on the next engine, so widgets keep updating without
 * knowing anything happened.
 *
 * @example
 *   const client = new SwitchableClient({ whileDetached: { waitMs: 10_000 } });
 *   port.onDisconnect.addListener(() => client.use(null));
 *   client.use(wrapClient(portEndpoint(port)));
 */
import type { Queries, QueryName, SightlineClient, Unsubscribe } from '@sightline/sdk/client';
import type { MutationInput, MutationName } from '@sightline/sdk/model';
import { Attachment } from './attachment';

export interface SwitchableOptions {
  /**
   * Calls (mutate, syncNow, dismissRejection) made without an engine either wait for the next
   * one, failing after `waitMs`, or fail at once with `fail()`.
   */
  whileDetached: { waitMs: number } | { fail: () => Error };
  /** What a watcher is shown while there is no engine; undefined leaves it waiting. */
  detachedResult?: <Q extends QueryName>(query: Q) => Queries[Q]['result'] | undefined;
  /** Told when re-subscribing a watch on a new engine fails (the next engine tries again). */
  onError?: (error: unknown) => void;
}

interface ActiveWatch {
  query: QueryName;
  params: unknown;
  onChange: (result: never) => void;
  /** Ends the subscription on the current engine; null while not subscribed there. */
  stop: Unsubscribe | null;
}

export class SwitchableClient implements SightlineClient {
  readonly #options: SwitchableOptions;
  readonly #watches = new Set<ActiveWatch>();
  readonly #inner = new Attachment<SightlineClient>();
  /** Bumped on every switch, so late results from an earlier engine are dropped. */
  #generation = 0;

  constructor(options: SwitchableOptions) {
    this.#options = options;
  }

  get attached(): boolean {
    return this.#inner.current !== null;
  }

  /** Moves every watch to `inner` (or, with null, shows the detached result) and releases waiting calls. */
  use(inner: SightlineClient | null): void {
    const generation = ++this.#generation;
    for (const watch of this.#watches) this.#release(watch);
    this.#inner.set(inner);
    if (!inner) {
      for (const watch of this.#watches) this.#showDetached(watch);
      return;
    }
    for (const watch of this.#watches) {
      this.#subscribe(watch, inner, generation).catch((error: unknown) => this.#options.onError?.(error));
    }
  }

  async watch<Q extends QueryName>(query: Q, params: Queries[Q]['params'], onChange: (result: Queries[Q]['result']) => void): Promise<Unsubscribe> {
    const watch: ActiveWatch = { query, params, onChange: onChange as (result: never) => void, stop: null };
    this.#watches.add(watch);
    const unsubscribe = () => {
      if (this.#watches.delete(watch)) this.#release(watch);
    };
    const inner = this.#inner.current;
    if (!inner) this.#showDetached(watch);
    else {
      const generation = this.#generation;
      try {
        await this.#subscribe(watch, inner, generation);
      } catch (error) {
        // The engine went away while answering (a port closing fails its calls): the watch is
        // already moving to the next engine with the others, so the caller keeps it.
        if (generation !== this.#generation && this.#watches.has(watch)) return unsubscribe;
        this.#watches.delete(watch);
        throw error;
      }
    }
    return unsubscribe;
  }

  async mutate<N extends MutationName>(name: N, args: MutationInput<N>): Promise<{ id: string; seq: number }> {
    return (await this.#client()).mutate(name, args);
  }

  async syncNow(): Promise<void> {
    await (await this.#client()).syncNow();
  }

  async dismissRejection(mutationId: string): Promise<void> {
    await (await this.#client()).dismissRejection(mutationId);
  }

  async #subscribe(watch: ActiveWatch, inner: SightlineClient, generation: number): Promise<void> {
    const current = () => generation === this.#generation && this.#watches.has(watch);
    const stop = await inner.watch(watch.query, watch.params as never, (result) => {
      if (current()) watch.onChange(result as never);
    });
    // Switched or unsubscribed while the engine was answering: that subscription is already stale.
    if (current()) watch.stop = stop;
    else stop();
  }

  #release(watch: ActiveWatch): void {
    const stop = watch.stop;
    watch.stop = null;
    try {
      stop?.();
    } catch (error) {
      // An engine that is already gone cannot be told; its subscriptions went with it.
      this.#options.onError?.(error);
    }
  }

  #showDetached(watch: ActiveWatch): void {
    const result = this.#options.detachedResult?.(watch.query);
    if (result !== undefined) watch.onChange(result as never);
  }

  #client(): Promise<SightlineClient> {
    const detached = this.#options.whileDetached;
    if (!this.#inner.current && 'fail' in detached) return Promise.reject(detached.fail());
    return this.#inner.next('waitMs' in detached ? detached.waitMs : 0);
  }
}
