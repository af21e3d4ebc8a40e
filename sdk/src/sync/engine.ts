/**
 * The sync engine of one database. Every tab (or worker) runs one; only the elected leader
 * talks to the server, the others just write to the database, whose outbox the leader drains.
 *
 * The leader pulls on start, after each successful push, on a poke newer than what it has,
 * when the device comes back online, on a timer, on request and when another tab starts; it
 * pushes whenever the outbox grows. Failures back off with full jitter (or exactly as long as
 * Retry-After says); going offline pauses everything and coming back resumes at once.
 */
import { patchMeta, writeMeta, type SightlineDb } from '../store';
import { liveQuery } from 'dexie';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffOptions } from './backoff';
import { drainOutbox, pullOnce } from './cycle';
import { browserLocks, leadWhenElected, type LockManagerLike } from './leader';
import { browserNetwork, type NetworkStatus } from './network';
import { listenForNudges, nudgeLeader } from './nudge';
import { followPokes } from './pokes';
import { every, realTimers, sleep, type Timers } from './timing';
import { RequestError, TemporaryError, UnauthorizedError } from './transport/errors';
import type { Transport } from './transport/http';
import { Wakeup } from './wakeup';

export interface EngineOptions {
  db: SightlineDb;
  transport: Transport;
  /** Web Locks for leader election; null leads at once (one engine per database). Default: navigator.locks. */
  locks?: LockManagerLike | null;
  network?: NetworkStatus;
  timers?: Timers;
  random?: () => number;
  backoff?: BackoffOptions;
  /** Pull at least this often while leading (pokes usually come first). Default 60 s. */
  pullIntervalMs?: number;
  now?: () => Date;
  /** The signed-in person was fetched just now: the first time this engine leads it need not ask again. */
  meIsFresh?: boolean;
  /** Told once per refusal when the server refuses this engine's token, with the server's reason. */
  onRefused?: (error: UnauthorizedError) => void;
}

interface Work {
  me: boolean;
  push: boolean;
  pull: boolean;
}

const NOTHING: Work = { me: false, push: false, pull: false };
const EVERYTHING: Work = { me: true, push: true, pull: true };

export class SyncEngine {
  readonly #db: SightlineDb;
  readonly #transport: Transport;
  readonly #locks: LockManagerLike | null;
  readonly #network: NetworkStatus;
  readonly #timers: Timers;
  readonly #random: () => number;
  readonly #backoff: BackoffOptions;
  readonly #pullIntervalMs: number;
  readonly #now: () => Date;
  readonly #onRefused: ((error: UnauthorizedError) => void) | undefined;
  /** The refusal last reported: the transport repeats the same error for a token it was refused. */
  #reportedRefusal: UnauthorizedError | null = null;

  /** Rung by every request; urgent ones (online again, asked explicitly) also end a backoff. */
  readonly #wakeup: Wakeup;
  #wanted: Work = { ...NOTHING };
  #attempt = 0;
  #knownVersion = 0;
  #leader = false;
  #meIsFresh: boolean;
  readonly #leaderListeners = new Set<(leader: boolean) => void>();
  /** syncNow callers, resolved when the next cycle (success or failure) ends. */
  #waiting: Array<() => void> = [];
  #session: { stop: AbortController; done: Promise<void> } | null = null;

  constructor(options: EngineOptions) {
    this.#db = options.db;
    this.#transport = options.transport;
    this.#locks = options.locks === undefined ? browserLocks() : options.locks;
    this.#network = options.network ?? browserNetwork();
    this.#timers = options.timers ?? realTimers;
    this.#random = options.random ?? Math.random;
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.#pullIntervalMs = options.pullIntervalMs ?? 60_000;
    this.#now = options.now ?? (() => new Date());
    this.#meIsFresh = options.meIsFresh ?? false;
    this.#onRefused = options.onRefused;
    this.#wakeup = new Wakeup(this.#timers);
  }

  get leader(): boolean {
    return this.#leader;
  }

  onLeaderChange(listener: (leader: boolean) => void): () => void {
    this.#leaderListeners.add(listener);
    return () => this.#leaderListeners.delete(listener);
  }

  /** Joins the election; leads now or once the current leader goes. */
  start(): void {
    if (this.#session) return;
    // A tab opening while another leads asks it for a cycle, so this tab learns soon that its data
    // is current rather than at the leader's next timed pull. Sent before this engine listens, so
    // an engine never nudges itself (it cycles on taking the lead anyway).
    nudgeLeader(this.#db.name);
    const stop = new AbortController();
    this.#session = { stop, done: this.#campaign(stop.signal) };
  }

  /** Stops leading (handing over to another tab) or waiting to lead. */
  async stop(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    this.#session = null;
    session.stop.abort();
    await session.done;
  }

  /**
   * Leader: resolves when a full cycle that started after the call has ended (see the sync
   * query for how it went). Follower: asks the leader and resolves at once; so does an offline device.
   */
  syncNow(): Promise<void> {
    if (!this.#session || !this.#network.online()) return Promise.resolve();
    if (!this.#leader) {
      nudgeLeader(this.#db.name);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#request(EVERYTHING, true);
    });
  }

  async #campaign(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await leadWhenElected(this.#locks, `sightline-engine:${this.#db.name}`, signal, () => this.#lead(signal));
      } catch (error) {
        // Only a bug gets here; stepping down and standing again keeps other tabs able to lead.
        console.error('sightline: sync engine failed', error);
        await sleep(this.#timers, backoffDelay(this.#attempt++, this.#backoff, this.#random), signal);
      }
    }
  }

  async #lead(signal: AbortSignal): Promise<void> {
    this.#setLeader(true);
    this.#attempt = 0;
    // On a device's first start that saves a round trip before the first pull, when time to first paint counts most.
    this.#request({ ...EVERYTHING, me: !this.#meIsFresh }, true);
    this.#meIsFresh = false;
    const outbox = liveQuery(() => this.#db.outbox.toCollection().lastKey()).subscribe({ next: () => this.#request({ push: true }) });
    const cleanups = [
      () => outbox.unsubscribe(),
      this.#network.subscribe((online) => online && this.#comeBack()),
      every(this.#timers, this.#pullIntervalMs, () => this.#request({ pull: true })),
      listenForNudges(this.#db.name, () => this.#request(EVERYTHING, true)),
    ];
    const pokes = followPokes(
      {
        transport: this.#transport,
        network: this.#network,
        timers: this.#timers,
        backoff: this.#backoff,
        random: this.#random,
        onPoke: (version) => version > this.#knownVersion && this.#request({ pull: true }),
      },
      signal,
    );
    try {
      // The last problem was a previous leader's, perhaps from days ago; this one is about to try again.
      await patchMeta(this.#db, 'sync', { error: null });
      await this.#loop(signal);
    } finally {
      for (const cleanup of cleanups) cleanup();
      await pokes;
      this.#finishWaiting(this.#waiting.splice(0));
      this.#setLeader(false);
    }
  }

  async #loop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      if (!this.#network.online()) {
        await this.#wakeup.wait(null, signal, true);
        continue;
      }
      const work = this.#wanted;
      if (!work.me && !work.push && !work.pull) {
        await this.#wakeup.wait(null, signal);
        continue;
      }
      this.#wanted = { ...NOTHING };
      const waiting = this.#waiting.splice(0);
      try {
        await this.#cycle(work);
        this.#attempt = 0;
        await patchMeta(this.#db, 'sync', { signedIn: true, error: null });
        this.#finishWaiting(waiting);
      } catch (error) {
        if (signal.aborted) return this.#finishWaiting(waiting);
        if (error instanceof UnauthorizedError && error !== this.#reportedRefusal) {
          this.#reportedRefusal = error;
          this.#onRefused?.(error);
        }
        this.#request(work);
        await patchMeta(this.#db, 'sync', {
          signedIn: !(error instanceof UnauthorizedError),
          error: error instanceof Error ? error.message : String(error),
        });
        this.#finishWaiting(waiting);
        // A syncNow that came while this cycle ran rang nobody: answer it now, not after the backoff.
        if (this.#waiting.length === 0) await this.#wakeup.wait(this.#retryDelay(error), signal, true);
      }
    }
  }

  /** me (when asked), then push, then pull if asked or anything was pushed. */
  async #cycle(work: Work): Promise<void> {
    if (work.me) await writeMeta(this.#db, 'me', await this.#transport.me());
    let pushFailure: unknown = null;
    let pull = work.pull;
    if (work.push) {
      try {
        pull = (await drainOutbox(this.#db, this.#transport)) || pull;
      } catch (error) {
        // A batch the server refuses as malformed must not also stop us from receiving changes.
        if (!(error instanceof RequestError)) throw error;
        pushFailure = error;
      }
    }
    if (pull) this.#knownVersion = Math.max(this.#knownVersion, await pullOnce(this.#db, this.#transport, this.#now));
    if (pushFailure) throw pushFailure;
  }

  /** null: wait for an explicit syncNow (or the network coming back); a token will not fix itself. */
  #retryDelay(error: unknown): number | null {
    if (error instanceof UnauthorizedError) return null;
    const attempt = this.#attempt++;
    if (error instanceof TemporaryError && error.retryAfterMs !== null) return error.retryAfterMs;
    return backoffDelay(attempt, this.#backoff, this.#random);
  }

  #request(work: Partial<Work>, urgent = false): void {
    this.#wanted = {
      me: this.#wanted.me || !!work.me,
      push: this.#wanted.push || !!work.push,
      pull: this.#wanted.pull || !!work.pull,
    };
    this.#wakeup.ring(urgent);
  }

  #comeBack(): void {
    this.#attempt = 0;
    this.#request({ push: true, pull: true }, true);
  }

  #finishWaiting(waiting: Array<() => void>): void {
    for (const resolve of waiting) resolve();
  }

  #setLeader(leader: boolean): void {
    this.#leader = leader;
    for (const listener of this.#leaderListeners) listener(leader);
  }
}
