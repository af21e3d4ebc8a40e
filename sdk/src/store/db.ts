/**
 * The IndexedDB database of one principal at one endpoint: every synced table plus the
 * outbox, the server copies of locally changed rows, rejections and sync metadata.
 */
import { Dexie, type Table } from 'dexie';
import { TABLE_NAMES, uuidv7, type MutationName, type RowOf, type TableName } from '../model';
import type { Rejection } from '../client';
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

export class SightlineDb extends Dexie {
  declare readonly outbox: Table<OutboxEntry, number>;
  declare readonly unconfirmed: Table<OutboxEntry, number>;
  declare readonly shadows: Table<Shadow, [TableName, string]>;
  declare readonly rejections: Table<Rejection, string>;
  declare readonly meta: Table<MetaRow, string>;

  constructor(name: string) {
    super(name);
    // 2: support decisions, review templates, check-in cadences, skill gaps. Only the newest version is declared: no upgrade moves data, new stores fill on the next pull.
    this.version(2).stores({ ...SYNCED_STORES, ...LOCAL_STORES });
    // Minted once per database: the server orders this client's mutations by it.
    this.on('populate', (tx) => {
      void tx.table('meta').add({ key: 'clientId', value: uuidv7() });
    });
  }

  rows<T extends TableName>(name: T): Table<RowOf<T>, string> {
    return this.table(name);
  }

  /** Loosely typed access for code that handles every table alike (pull, shadows). */
  anyRows(name: TableName): Table<AnyRow, string> {
    return this.table(name);
  }

  get syncedTables(): Table[] {
    return TABLE_NAMES.map((name) => this.table(name));
  }
}
