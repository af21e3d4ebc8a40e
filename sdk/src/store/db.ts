/**
 * The IndexedDB database of one principal at one endpoint: every synced table plus the
 * outbox, the server copies of locally changed rows, rejections and sync metadata.
 *
 * Code that runs inside a transaction gets the transaction as a `SightlineStore` with the same
 * tables, and passes it on; a transaction started from it joins the one already open.
 */
import { TABLE_NAMES, uuidv7, type MutationName, type RowOf, type TableName } from '../model';
import type { Rejection } from '../client';
import { Database, type Transaction } from './idb/database';
import { live, type LiveOptions } from './idb/live';
import type { Mode, Table } from './idb/table';
import { LOCAL_STORES, SYNCED_STORES } from './schema';
import type { AnyRow } from './local/effects';
import type { MetaRow } from './meta';

export interface OutboxEntry {
  /** Per-client, 1, 2, 3...: assigned in the same transaction that wrote the optimistic row. */
  seq: number;
  /** The mutation id (uuidv7). */
  id: string;
  name: MutationName;
  args: unknown;
  at: string;
  /** The row the mutation changes locally; keeps server data off it until acknowledged. */
  table: TableName;
  rowId: string;
}

/** The server's latest copy of a row with pending local mutations; null when the server has no such row. */
export interface Shadow {
  table: TableName;
  rowId: string;
  row: AnyRow | null;
}

type StoreRef = Table<unknown, IDBValidKey> | string;
const storeName = (ref: StoreRef) => (typeof ref === 'string' ? ref : ref.name);

/** The tables, read and written in one scope: the database itself, or a transaction on it. */
export class SightlineStore {
  readonly outbox: Table<OutboxEntry, number>;
  readonly unconfirmed: Table<OutboxEntry, number>;
  readonly shadows: Table<Shadow, [TableName, string]>;
  readonly rejections: Table<Rejection, string>;
  readonly meta: Table<MetaRow, string>;

  constructor(
    protected readonly database: Database,
    private readonly scope: Database | Transaction,
  ) {
    this.outbox = this.#table('outbox');
    this.unconfirmed = this.#table('unconfirmed');
    this.shadows = this.#table('shadows');
    this.rejections = this.#table('rejections');
    this.meta = this.#table('meta');
  }

  get name(): string {
    return this.database.name;
  }

  rows<T extends TableName>(name: T): Table<RowOf<T>, string> {
    return this.#table(name);
  }

  /** Loosely typed access for code that handles every table alike (pull, shadows). */
  anyRows(name: TableName): Table<AnyRow, string> {
    return this.#table(name);
  }

  get syncedTables(): Array<Table<AnyRow, string>> {
    return TABLE_NAMES.map((name) => this.anyRows(name));
  }

  /** Every store, for a read that must see one consistent snapshot of everything. */
  get allStores(): string[] {
    return this.database.storeNames;
  }

  /** Runs `body` in one transaction over `stores` (or, inside a transaction, as part of it). */
  transaction<R>(mode: Mode, stores: readonly StoreRef[], body: (tx: SightlineStore) => Promise<R>): Promise<R> {
    const names = stores.map(storeName);
    return this.scope.transaction(mode, names, (tx) => body(tx === this.scope ? this : new SightlineStore(this.database, tx)));
  }

  #table<T, K extends IDBValidKey>(name: string): Table<T, K> {
    return this.database.table<T, K>(name, this.scope);
  }
}

export class SightlineDb extends SightlineStore {
  constructor(name: string) {
    const database = new Database(
      name,
      { ...SYNCED_STORES, ...LOCAL_STORES },
      // Minted once per database: the server orders this client's mutations by it.
      { onCreate: (tx) => tx.objectStore('meta').add({ key: 'clientId', value: uuidv7() }) },
    );
    super(database, database);
  }

  open(): Promise<void> {
    return this.database.open().then(() => undefined);
  }

  close(): void {
    this.database.close();
  }

  delete(): Promise<void> {
    return this.database.delete();
  }

  /** A live query over the whole database; see idb/live.ts. */
  live<T>(read: (tx: SightlineStore) => Promise<T>, handlers: Pick<LiveOptions<T>, 'onResult' | 'onError'>): () => void {
    return live(this.database, { stores: this.allStores, read: (tx) => read(new SightlineStore(this.database, tx)), ...handlers });
  }
}
