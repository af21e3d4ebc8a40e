/**
 * The rows of a run of mutations applied together (set-apply.ts): read with one query for
 * every id the run names, in every table, written back at the end with one statement per table (a
 * multi-row INSERT, an UPDATE from a jsonb record set per set of changed columns). In between
 * the run reads its own writes, and a rejected mutation's writes are undone in memory, as a
 * savepoint would undo them in the database.
 */
import { sql, type Kysely } from 'kysely';
import { TABLES, type TableName } from '@sightline/sdk/model';
import { encodeRow } from '../db/row-codec';
import type { DB } from '../db/schema';
import { parseTimestamp } from '../db/type-parsers';

type Row = Record<string, unknown>;
/** 'insert' for a new row, else the columns an update changed. */
type Write = 'insert' | ReadonlySet<string>;

// The table is chosen at run time; Kysely cannot type that.
const untyped = (tx: Kysely<DB>) => tx as unknown as Kysely<Record<string, Row>>;
const snakeCase = (column: string) => column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const TIMESTAMP_COLUMN = /^at$|At$/;

/** A row read as jsonb, as the driver would have read its columns: camelCase keys, timestamps in ISO form with Z. */
function fromJsonb(stored: Row): Row {
  return Object.fromEntries(
    Object.entries(stored).map(([column, value]) => {
      const key = column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      return [key, TIMESTAMP_COLUMN.test(key) && typeof value === 'string' ? parseTimestamp(value) : value];
    }),
  );
}

export class RowBatch {
  /** What the run sees: rows as loaded or as written so far; null for an id known not to exist. */
  private readonly rows = new Map<TableName, Map<string, Row | null>>();
  private readonly writes = new Map<TableName, Map<string, Write>>();
  /** Access facts (who manages whom); they read persons and teams, which no batched mutation writes. */
  private readonly facts = new Map<string, Promise<boolean>>();
  private undoLog: (() => void)[] = [];

  constructor(
    private readonly tx: Kysely<DB>,
    private readonly orgId: string,
  ) {}

  private ofTable<V>(maps: Map<TableName, Map<string, V>>, table: TableName): Map<string, V> {
    let map = maps.get(table);
    if (!map) maps.set(table, (map = new Map()));
    return map;
  }

  /** Reads the rows of the ids not seen yet, of every table, in one query. */
  async load(ids: ReadonlyMap<TableName, ReadonlySet<string>>): Promise<void> {
    const wanted = [...ids].map(([table, of]) => [table, [...of].filter((id) => !this.rows.get(table)?.has(id))] as const).filter(([, of]) => of.length > 0);
    if (wanted.length === 0) return;
    const selects = wanted.map(
      ([table, of]) => sql`select ${table}::text as t, to_jsonb(x) as r from ${sql.table(TABLES[table].sql)} as x
        where x.org_id = ${this.orgId} and x.id in (${sql.join(of)})`,
    );
    const { rows: found } = await sql<{ t: TableName; r: Row }>`${sql.join(selects, sql` union all `)}`.execute(this.tx);
    for (const [table, of] of wanted) for (const id of of) this.ofTable(this.rows, table).set(id, null);
    for (const { t, r } of found) this.ofTable(this.rows, t).set(r.id as string, fromJsonb(r));
  }

  async find(table: TableName, id: string): Promise<Row | undefined> {
    if (!this.rows.get(table)?.has(id)) await this.load(new Map([[table, new Set([id])]]));
    return this.rows.get(table)!.get(id) ?? undefined;
  }

  /** Starts a mutation: what it writes from here can be undone by discard(). */
  begin(): void {
    this.undoLog = [];
  }

  discard(): void {
    for (const undo of this.undoLog.reverse()) undo();
    this.undoLog = [];
  }

  private put(table: TableName, id: string, row: Row, write: Write): void {
    const rows = this.ofTable(this.rows, table);
    const writes = this.ofTable(this.writes, table);
    const [hadRow, oldRow, oldWrite] = [rows.has(id), rows.get(id), writes.get(id)];
    rows.set(id, row);
    writes.set(id, write);
    this.undoLog.push(() => {
      if (hadRow) rows.set(id, oldRow!);
      else rows.delete(id);
      if (oldWrite === undefined) writes.delete(id);
      else writes.set(id, oldWrite);
    });
  }

  insert(table: TableName, row: Row): void {
    this.put(table, row.id as string, row, 'insert');
  }

  /** Changes a row the run has read (handlers always read a row before changing it). */
  update(table: TableName, id: string, changes: Row): void {
    const current = this.rows.get(table)?.get(id);
    if (!current) throw new Error(`batched update of ${table} ${id}, which the run has not read`);
    const earlier = this.writes.get(table)?.get(id);
    const write = earlier === 'insert' ? 'insert' : new Set([...(earlier ?? []), ...Object.keys(changes)]);
    this.put(table, id, { ...current, ...changes }, write);
  }

  /** A fact computed once per run. */
  fact(key: string, compute: () => Promise<boolean>): Promise<boolean> {
    let fact = this.facts.get(key);
    if (!fact) this.facts.set(key, (fact = compute()));
    return fact;
  }

  /** Writes everything the run kept: per table, its new rows in one INSERT, its changes in one UPDATE per set of columns. */
  async flush(): Promise<void> {
    for (const [table, writes] of this.writes) {
      const rows = this.rows.get(table)!;
      const inserts: Row[] = [];
      const updates = new Map<string, Row[]>();
      for (const [id, write] of writes) {
        const row = rows.get(id)!;
        if (write === 'insert') {
          inserts.push(encodeRow(table, row));
          continue;
        }
        const columns = [...write].sort();
        const key = columns.join(',');
        updates.set(key, [...(updates.get(key) ?? []), Object.fromEntries(['id', ...columns].map((c) => [snakeCase(c), row[c]]))]);
      }
      if (inserts.length) await untyped(this.tx).insertInto(table).values(inserts).execute();
      for (const [key, changed] of updates) await this.updateFrom(table, key.split(','), changed);
    }
    this.writes.clear();
  }

  /** jsonb_populate_recordset types every value as the table's own column, which a VALUES list would not. */
  private async updateFrom(table: TableName, columns: string[], changed: Row[]): Promise<void> {
    const name = sql.table(TABLES[table].sql);
    const sets = columns.map((c) => sql`${sql.id(snakeCase(c))} = r.${sql.id(snakeCase(c))}`);
    await sql`update ${name} as t set ${sql.join(sets)}
      from jsonb_populate_recordset(null::${name}, ${JSON.stringify(changed)}::jsonb) as r
      where t.org_id = ${this.orgId} and t.id = r.id`.execute(this.tx);
  }
}
