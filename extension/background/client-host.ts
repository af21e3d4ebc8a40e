/**
 * The background's one engine: opens the signed-in account's database and sync engine, and
 * swaps them on sign-in and sign-out. Pages talk to `client`, which stays the same object
 * across those swaps (their watches move to the new engine); while signed out it reports a
 * signed-out sync state and refuses changes. Nothing lives only in memory: the account is in
 * storage and everything else in the engine's IndexedDB, so a fresh worker picks up where the
 * last one stopped by calling `start()`. Until the stored account has been read, pages wait
 * rather than see a signed-out moment: a fresh worker answers its first page before storage
 * does, and a flash of "sign in" would unmount their panels and forms.
 */
import type { Queries, QueryName, SightlineClient, SyncState } from '@sightline/sdk/client';
import { NotSignedInError, databaseName, type LocalClient } from '@sightline/sdk/engine';
import { SwitchableClient } from '../client/switchable-client';
import type { Account, Session } from '../settings/account';

export interface ClientHostOptions {
  loadAccount(): Promise<Account>;
  saveAccount(account: Account): Promise<void>;
  /** An SDK client (not started) for this account, on the database named `dbName`. */
  createClient(endpoint: string, session: Session, dbName: string): LocalClient;
  deleteDatabase(name: string): Promise<void>;
  online?: () => boolean;
}

interface Running {
  dbName: string;
  token: string;
  local: LocalClient;
}

const accountDatabase = (endpoint: string, session: Session) => databaseName(endpoint, session.person.id);

export class ClientHost {
  /** What pages talk to: the current engine, once the account is known. */
  readonly client: SightlineClient;
  readonly #switchable: SwitchableClient;
  readonly #options: ClientHostOptions;
  #running: Running | null = null;
  /** Account changes run one after another; a sign-in never interleaves with a sign-out. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Settles once the first account change (start, sign-in or sign-out) has been applied or has failed. */
  readonly #accountKnown: Promise<void>;
  #markAccountKnown: () => void = () => {};

  constructor(options: ClientHostOptions) {
    this.#options = options;
    const online = options.online ?? (() => globalThis.navigator?.onLine ?? true);
    this.#switchable = new SwitchableClient({
      whileDetached: { fail: () => new NotSignedInError() },
      detachedResult: <Q extends QueryName>(query: Q) => signedOutResult(query, online()) as Queries[Q]['result'] | undefined,
      onError: (error) => console.error('[sightline] moving a watch to the new account failed', error),
    });
    this.#accountKnown = new Promise((resolve) => (this.#markAccountKnown = resolve));
    const inner = this.#switchable;
    const known = () => this.#accountKnown;
    this.client = {
      async watch(query, params, onChange) {
        await known();
        return inner.watch(query, params, onChange);
      },
      async mutate(name, args) {
        await known();
        return inner.mutate(name, args);
      },
      async syncNow() {
        await known();
        return inner.syncNow();
      },
      async dismissRejection(mutationId) {
        await known();
        return inner.dismissRejection(mutationId);
      },
    };
  }

  /** The stored account; starts its engine if signed in. */
  start(): Promise<Account> {
    return this.#changeAccount(async () => {
      const account = await this.#options.loadAccount();
      await this.#switchTo(account);
      return account;
    });
  }

  account(): Promise<Account> {
    return this.#serially(() => this.#options.loadAccount());
  }

  signIn(endpoint: string, session: Session): Promise<Account> {
    return this.#changeAccount(async () => {
      const account = { endpoint, session };
      await this.#options.saveAccount(account);
      await this.#switchTo(account);
      return account;
    });
  }

  /** Forgets the token and deletes the account's local data (the next person on this browser must not see it). */
  signOut(): Promise<Account> {
    return this.#changeAccount(async () => {
      const { endpoint } = await this.#options.loadAccount();
      const account = { endpoint, session: null };
      await this.#options.saveAccount(account);
      await this.#switchTo(account);
      return account;
    });
  }

  /** Pushes and pulls now when signed in (the periodic alarm); nothing to do otherwise. */
  async syncNow(): Promise<void> {
    await this.#queue.catch(() => {});
    await this.#running?.local.syncNow();
  }

  /** The open account's database, for lookups the client interface does not offer. */
  get databaseName(): string | null {
    return this.#running?.dbName ?? null;
  }

  async #switchTo({ endpoint, session }: Account): Promise<void> {
    const dbName = endpoint && session ? accountDatabase(endpoint, session) : null;
    const running = this.#running;
    if (running && running.dbName === dbName && running.token === session?.token) return;
    if (running) {
      this.#running = null;
      this.#switchable.use(null);
      await running.local.stop();
      // Another person's data must not stay behind; the same person with a new token keeps theirs.
      if (running.dbName !== dbName) await this.#options.deleteDatabase(running.dbName);
    }
    if (!endpoint || !session || !dbName) return;
    const local = this.#options.createClient(endpoint, session, dbName);
    this.#running = { dbName, token: session.token, local };
    this.#switchable.use(local);
    // Not awaited: starting waits for the network when offline, and the client works from the
    // local database meanwhile.
    local.start().catch((error: unknown) => {
      // Stopped on purpose (signed out or switched) before it finished starting.
      if (this.#running?.local === local) console.error('[sightline] starting sync failed', error);
    });
  }

  /**
   * Applies an account change in turn; after the first, pages are answered. One that failed
   * (storage unreadable) leaves them with the signed-out state rather than waiting forever.
   */
  #changeAccount<T>(task: () => Promise<T>): Promise<T> {
    return this.#serially(task).finally(() => this.#markAccountKnown());
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.catch(() => {}).then(task);
    this.#queue = run;
    return run;
  }
}

/** What pages see while nobody is signed in: a sync state saying so, and no person. */
function signedOutResult(query: QueryName, online: boolean): SyncState | null | undefined {
  if (query === 'me') return null;
  if (query !== 'sync') return undefined;
  return { signedIn: false, online, leader: false, pending: 0, rejected: [], lastSyncedAt: null, error: null, syncedSinceStart: false };
}

/** Deletes an IndexedDB database, waiting until it is gone. */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`deleting database ${name} failed`));
    // Blocked means another connection is still open; it will close, and deletion then proceeds.
  });
}
