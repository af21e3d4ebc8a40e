/**
 * One object store as promises: single rows by key, bulk writes, and collections (an index or
 * the primary key, optionally a key range) to read, count or delete. Every call runs in the
 * scope it was reached through: a transaction the caller opened, or one of its own.
 */
import { ALL } from './key-set';

export type Mode = 'r' | 'rw';

/** Records what a call read or wrote, for live queries. */
export interface Tracker {
  read(keys: readonly IDBValidKey[] | typeof ALL): void;
  wrote(keys: readonly IDBValidKey[] | typeof ALL): void;
}

/** Where a call runs: the object store named, inside a transaction of at least `mode`. */
export interface Scope {
  run<T>(store: string, mode: Mode, use: (store: IDBObjectStore, track: Tracker) => Promise<T>): Promise<T>;
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    // The error also aborts the transaction: a failed write never half-applies.
    request.onerror = () => reject(request.error);
  });
}

/**
 * Waits for the last of requests made in order: requests of one transaction complete in order,
 * and an earlier one failing aborts the transaction, which fails the last one too. One promise
 * instead of one per row keeps bulk writes close to raw IndexedDB speed.
 */
const lastOf = (requests: readonly IDBRequest[]): Promise<unknown> => requestResult(requests[requests.length - 1]!);

/** Visits each record of a cursor request; `visit` may update or delete through the cursor. */
function eachCursor(request: IDBRequest<IDBCursorWithValue | null>, visit: (cursor: IDBCursorWithValue) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      visit(cursor);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

const keyOf = (keyPath: string | string[], row: unknown): IDBValidKey => {
  const record = row as Record<string, IDBValidKey>;
  return typeof keyPath === 'string' ? record[keyPath]! : keyPath.map((part) => record[part]!);
};

interface Source {
  /** The index name, or null for the primary key. */
  index: string | null;
  range: IDBKeyRange | null;
  /** Primary keys (as JSON) to leave out. */
  exclude: Set<string> | null;
  limit: number | null;
}

export class Collection<T, K extends IDBValidKey> {
  constructor(
    readonly table: Table<T, K>,
    private readonly source: Source,
  ) {}

  limit(count: number): Collection<T, K> {
    return new Collection(this.table, { ...this.source, limit: count });
  }

  toArray(): Promise<T[]> {
    return this.#read('rows') as Promise<T[]>;
  }

  primaryKeys(): Promise<K[]> {
    return this.#read('keys') as Promise<K[]>;
  }

  async first(): Promise<T | undefined> {
    return (await this.limit(1).toArray())[0];
  }

  async count(): Promise<number> {
    if (this.source.exclude || this.source.limit !== null) return (await this.primaryKeys()).length;
    const { index, range } = this.source;
    return this.table.scope.run(this.table.name, 'r', (store, track) => {
      track.read(ALL);
      return requestResult((index ? store.index(index) : store).count(range ?? undefined));
    });
  }

  /** The highest primary key in the collection (by the store's order), if any. */
  lastKey(): Promise<K | undefined> {
    if (this.source.index || this.source.exclude) throw new Error('lastKey reads the primary key order only');
    return this.table.scope.run(this.table.name, 'r', async (store, track) => {
      track.read(ALL);
      const cursor = await requestResult(store.openKeyCursor(this.source.range, 'prev'));
      return cursor?.primaryKey as K | undefined;
    });
  }

  /** Deletes the collection's rows in one transaction, so no row can join or leave it in between. */
  delete(): Promise<number> {
    return this.table.scope.run(this.table.name, 'rw', async (store, track) => {
      const keys = await this.#keys(store);
      track.read(ALL);
      track.wrote(keys);
      if (keys.length > 0) await lastOf(keys.map((key) => store.delete(key)));
      return keys.length;
    });
  }

  /** Sets `patch`'s fields on every row in the collection. */
  modify(patch: Partial<T>): Promise<void> {
    if (this.source.index || this.source.exclude || this.source.limit !== null) throw new Error('modify works on a primary key range only');
    return this.table.scope.run(this.table.name, 'rw', async (store, track) => {
      track.wrote(ALL);
      await eachCursor(store.openCursor(this.source.range), (cursor) => cursor.update({ ...cursor.value, ...patch }));
    });
  }

  #read(what: 'rows' | 'keys'): Promise<unknown[]> {
    return this.table.scope.run(this.table.name, 'r', async (store, track) => {
      track.read(ALL);
      const { index, range, exclude, limit } = this.source;
      if (what === 'keys' || exclude) {
        const keys = await this.#keys(store);
        return what === 'keys' ? keys : Promise.all(keys.map((key) => requestResult(store.get(key))));
      }
      return requestResult((index ? store.index(index) : store).getAll(range, limit ?? undefined));
    });
  }

  /** The primary keys of the collection's rows. */
  async #keys(store: IDBObjectStore): Promise<K[]> {
    const { index, range, exclude, limit } = this.source;
    const from = index ? store.index(index) : store;
    if (!exclude) return (await requestResult(from.getAllKeys(range, limit ?? undefined))) as K[];
    // Leaving keys out needs each row's key first; noneOf callers read whole stores anyway.
    const keys = await requestResult(from.getAllKeys(range));
    return keys.filter((key) => !exclude.has(JSON.stringify(key))).slice(0, limit ?? undefined) as K[];
  }
}

export interface WhereClause<T, K extends IDBValidKey> {
  equals(key: IDBValidKey): Collection<T, K>;
  above(key: IDBValidKey): Collection<T, K>;
  aboveOrEqual(key: IDBValidKey): Collection<T, K>;
  belowOrEqual(key: IDBValidKey): Collection<T, K>;
  between(lower: IDBValidKey, upper: IDBValidKey): Collection<T, K>;
  /** Every row whose primary key is not in `keys` (only for the primary key). */
  noneOf(keys: readonly IDBValidKey[]): Collection<T, K>;
}

export class Table<T, K extends IDBValidKey> {
  constructor(
    readonly name: string,
    readonly keyPath: string | string[],
    /** The primary key's name in index terms: where() and orderBy() on it read the store itself. */
    private readonly primaryName: string,
    readonly scope: Scope,
  ) {}

  get(key: K): Promise<T | undefined> {
    return this.scope.run(this.name, 'r', (store, track) => {
      track.read([key]);
      return requestResult(store.get(key)) as Promise<T | undefined>;
    });
  }

  bulkGet(keys: readonly K[]): Promise<Array<T | undefined>> {
    return this.scope.run(this.name, 'r', (store, track) => {
      track.read(keys);
      return Promise.all(keys.map((key) => requestResult(store.get(key)) as Promise<T | undefined>));
    });
  }

  put(row: T): Promise<K> {
    return this.#write([row], (store) => requestResult(store.put(row)) as Promise<K>);
  }

  /** Adds a new row; fails (and aborts the transaction) if its key or a unique index value exists. */
  add(row: T): Promise<K> {
    return this.#write([row], (store) => requestResult(store.add(row)) as Promise<K>);
  }

  async bulkPut(rows: readonly T[]): Promise<void> {
    if (rows.length === 0) return;
    await this.#write(rows, (store) => lastOf(rows.map((row) => store.put(row))));
  }

  delete(key: K): Promise<void> {
    return this.bulkDelete([key]);
  }

  async bulkDelete(keys: readonly K[]): Promise<void> {
    if (keys.length === 0) return;
    await this.scope.run(this.name, 'rw', (store, track) => {
      track.wrote(keys);
      return lastOf(keys.map((key) => store.delete(key)));
    });
  }

  clear(): Promise<void> {
    return this.scope.run(this.name, 'rw', (store, track) => {
      track.wrote(ALL);
      return requestResult(store.clear());
    });
  }

  toArray(): Promise<T[]> {
    return this.toCollection().toArray();
  }

  count(): Promise<number> {
    return this.toCollection().count();
  }

  limit(count: number): Collection<T, K> {
    return this.toCollection().limit(count);
  }

  toCollection(): Collection<T, K> {
    return this.#on(this.primaryName, null);
  }

  /** Rows in the order of `index`. */
  orderBy(index: string): Collection<T, K> {
    return this.#on(index, null);
  }

  where(index: string): WhereClause<T, K> {
    const on = (range: IDBKeyRange) => this.#on(index, range);
    return {
      equals: (key) => on(IDBKeyRange.only(key)),
      above: (key) => on(IDBKeyRange.lowerBound(key, true)),
      aboveOrEqual: (key) => on(IDBKeyRange.lowerBound(key)),
      belowOrEqual: (key) => on(IDBKeyRange.upperBound(key)),
      between: (lower, upper) => on(IDBKeyRange.bound(lower, upper)),
      noneOf: (keys) => {
        if (index !== this.primaryName) throw new Error('noneOf works on the primary key only');
        return this.#on(index, null, new Set(keys.map((key) => JSON.stringify(key))));
      },
    };
  }

  #on(index: string, range: IDBKeyRange | null, exclude: Set<string> | null = null): Collection<T, K> {
    return new Collection(this, { index: index === this.primaryName ? null : index, range, exclude, limit: null });
  }

  #write<R>(rows: readonly T[], write: (store: IDBObjectStore) => Promise<R>): Promise<R> {
    return this.scope.run(this.name, 'rw', (store, track) => {
      track.wrote(rows.map((row) => keyOf(this.keyPath, row)));
      return write(store);
    });
  }
}
