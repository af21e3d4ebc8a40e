/**
 * A small IndexedDB database: opened on first use, stores created from compact specs,
 * transactions whose callback may await any number of its own requests, and a change feed
 * (this connection's commits directly, other tabs' and workers' over a BroadcastChannel) that
 * live queries follow.
 *
 * A callback must only await requests of its transaction: IndexedDB commits a transaction as
 * soon as no request is pending, so awaiting a timer or the network inside would end it.
 *
 * @example
 *   const db = new Database('notes', { notes: 'id, authorId' });
 *   await db.transaction('rw', ['notes'], (tx) => tx.table('notes').put({ id: 'a', authorId: 'b' }));
 */
import { addKeys, fromMessage, toMessage, type KeySet, type KeySetMessage } from './key-set';
import { parseStoreSpec, type StoreSpec } from './store-spec';
import { Table, type Mode, type Scope, type Tracker } from './table';

export class DatabaseClosedError extends Error {
  override readonly name = 'DatabaseClosedError';
}

/** A transaction in progress: the stores it spans, and what it has read and written so far. */
export class Transaction implements Scope {
  readonly reads: KeySet = new Map();
  readonly writes: KeySet = new Map();

  constructor(
    readonly database: Database,
    readonly idb: IDBTransaction,
    readonly mode: Mode,
  ) {}

  table<T, K extends IDBValidKey>(name: string): Table<T, K> {
    return this.database.table(name, this);
  }

  /** A transaction inside this one runs as part of it, if this one covers its stores and mode. */
  async transaction<R>(mode: Mode, stores: readonly string[], body: (tx: Transaction) => Promise<R>): Promise<R> {
    this.#check(stores, mode);
    return body(this);
  }

  async run<R>(store: string, mode: Mode, use: (store: IDBObjectStore, track: Tracker) => Promise<R>): Promise<R> {
    this.#check([store], mode);
    return use(this.idb.objectStore(store), {
      read: (keys) => addKeys(this.reads, store, keys),
      wrote: (keys) => addKeys(this.writes, store, keys),
    });
  }

  #check(stores: readonly string[], mode: Mode): void {
    const outside = stores.filter((store) => !this.idb.objectStoreNames.contains(store));
    if (outside.length > 0) throw new Error(`${outside.join(', ')} is not part of this transaction`);
    if (mode === 'rw' && this.mode === 'r') throw new Error('cannot write in a read-only transaction');
  }
}

export class Database implements Scope {
  readonly #specs: Record<string, StoreSpec>;
  readonly #version: number;
  readonly #onCreate: ((tx: IDBTransaction) => void) | undefined;
  #connection: Promise<IDBDatabase> | null = null;
  #closed = false;
  #channel: BroadcastChannel | null = null;
  readonly #listeners = new Set<(written: KeySet) => void>();

  constructor(
    readonly name: string,
    stores: Record<string, string>,
    options: { version?: number; onCreate?: (tx: IDBTransaction) => void } = {},
  ) {
    this.#specs = Object.fromEntries(Object.entries(stores).map(([store, spec]) => [store, parseStoreSpec(spec)]));
    this.#version = options.version ?? 1;
    this.#onCreate = options.onCreate;
  }

  get storeNames(): string[] {
    return Object.keys(this.#specs);
  }

  table<T, K extends IDBValidKey>(name: string, scope: Scope = this): Table<T, K> {
    const spec = this.#specs[name];
    if (!spec) throw new Error(`database ${this.name} has no store ${name}`);
    const primary = typeof spec.keyPath === 'string' ? spec.keyPath : `[${spec.keyPath.join('+')}]`;
    return new Table<T, K>(name, spec.keyPath, primary, scope);
  }

  /** Opens the database (creating its stores the first time); later calls reuse the connection. */
  open(): Promise<IDBDatabase> {
    this.#closed = false;
    return (this.#connection ??= this.#connect());
  }

  /** Closes the connection; using the database again needs an explicit open(). */
  close(): void {
    this.#closed = true;
    const connection = this.#connection;
    this.#connection = null;
    void connection?.then((idb) => idb.close(), () => {});
    this.#channel?.close();
    this.#channel = null;
  }

  /** Closes and deletes the database, waiting until it is gone. */
  delete(): Promise<void> {
    this.close();
    return new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(this.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  }

  /**
   * Runs `body` in one transaction over `stores` and resolves with its result once the
   * transaction has committed; if `body` throws, nothing it wrote is kept.
   */
  async transaction<R>(mode: Mode, stores: readonly string[], body: (tx: Transaction) => Promise<R>): Promise<R> {
    if (this.#closed) throw new DatabaseClosedError(`database ${this.name} is closed`);
    const idb = await this.open();
    const tx = new Transaction(this, idb.transaction([...new Set(stores)], mode === 'rw' ? 'readwrite' : 'readonly'), mode);
    const committed = new Promise<void>((resolve, reject) => {
      tx.idb.oncomplete = () => resolve();
      tx.idb.onabort = () => reject(tx.idb.error ?? new Error(`a transaction on ${this.name} was aborted`));
    });
    let result: R;
    try {
      result = await body(tx);
    } catch (error) {
      committed.catch(() => {});
      try {
        tx.idb.abort();
      } catch {
        // Already finished or aborted by the failed request itself.
      }
      // A request aborted by an earlier one's failure says only "aborted"; the cause is on the transaction.
      throw (error as Error | null)?.name === 'AbortError' && tx.idb.error ? tx.idb.error : error;
    }
    // Nothing else will be asked of it: commit now rather than when the last request settles.
    tx.idb.commit?.();
    await committed;
    if (tx.writes.size > 0) this.#publish(tx.writes);
    return result;
  }

  run<R>(store: string, mode: Mode, use: (store: IDBObjectStore, track: Tracker) => Promise<R>): Promise<R> {
    return this.transaction(mode, [store], (tx) => tx.run(store, mode, use));
  }

  /** Calls `listener` with what every later commit wrote, in this connection or another. */
  onChange(listener: (written: KeySet) => void): () => void {
    this.#listeners.add(listener);
    this.#openChannel();
    return () => void this.#listeners.delete(listener);
  }

  #connect(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name, this.#version);
      request.onupgradeneeded = (event) => {
        const idb = request.result;
        for (const [store, { keyPath, indexes }] of Object.entries(this.#specs)) {
          if (idb.objectStoreNames.contains(store)) continue;
          const created = idb.createObjectStore(store, { keyPath });
          for (const index of indexes) created.createIndex(index.name, index.keyPath, { unique: index.unique });
        }
        if (event.oldVersion === 0) this.#onCreate?.(request.transaction!);
      };
      request.onsuccess = () => {
        const idb = request.result;
        // Another connection deleting or upgrading the database waits for this one to close.
        idb.onversionchange = () => this.close();
        resolve(idb);
      };
      request.onerror = () => {
        this.#connection = null;
        reject(request.error);
      };
    });
  }

  #publish(written: KeySet): void {
    this.#openChannel()?.postMessage(toMessage(written));
    this.#notify(written);
  }

  #notify(written: KeySet): void {
    for (const listener of [...this.#listeners]) listener(written);
  }

  #openChannel(): BroadcastChannel | null {
    if (this.#channel || this.#closed || typeof BroadcastChannel === 'undefined') return this.#channel;
    const channel = new BroadcastChannel(`sightline-idb:${this.name}`);
    channel.onmessage = (event: MessageEvent<KeySetMessage>) => this.#notify(fromMessage(event.data));
    // In Node (tests) an open channel would keep the process alive.
    (channel as { unref?: () => void }).unref?.();
    this.#channel = channel;
    return channel;
  }
}
