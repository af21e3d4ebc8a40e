/**
 * Citus readiness, read from the migrated schema: a distributed PostgreSQL shards every table
 * by `org_id`, which works only if each key, unique constraint and foreign key includes it.
 * A new table or constraint that breaks the rule fails here, with the fix in the message.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeStorage } from '../../test/helpers/storage';
import { REFERENCE_TABLES, TENANT_COLUMN } from './tenant-keys';

interface Constraint {
  table: string;
  name: string;
  kind: 'p' | 'u' | 'f';
  columns: string[];
  referenced: string | null;
  referencedColumns: string[];
}

describeStorage('tenant keys (Citus readiness)', (ctx) => {
  async function tables(): Promise<Map<string, string[]>> {
    const { rows } = await sql<{ table: string; column: string }>`
      select c.relname as "table", a.attname as "column"
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = current_schema() and c.relkind in ('r', 'p')
      order by c.relname, a.attnum`.execute(ctx.database.db.withoutPlugins());
    const byTable = new Map<string, string[]>();
    for (const { table, column } of rows) byTable.set(table, [...(byTable.get(table) ?? []), column]);
    return byTable;
  }

  async function constraints(): Promise<Constraint[]> {
    const columnsOf = (rel: string, keys: string) =>
      sql.raw(`array(select a.attname::text from unnest(${keys}) with ordinality k(num, pos)
        join pg_attribute a on a.attrelid = ${rel} and a.attnum = k.num order by k.pos)`);
    const { rows } = await sql<Constraint>`
      select c.relname as "table", con.conname as name, con.contype as kind,
        ${columnsOf('con.conrelid', 'con.conkey')} as columns,
        ref.relname as referenced,
        coalesce(${columnsOf('con.confrelid', 'con.confkey')}, '{}') as "referencedColumns"
      from pg_constraint con join pg_class c on c.oid = con.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_class ref on ref.oid = con.confrelid
      where n.nspname = current_schema() and con.contype in ('p', 'u', 'f')
      order by c.relname, con.conname`.execute(ctx.database.db.withoutPlugins());
    return rows;
  }

  /** Unique indexes made with `create unique index`, which no constraint lists. */
  async function uniqueIndexes(): Promise<Array<{ table: string; name: string; definition: string }>> {
    const { rows } = await sql<{ table: string; name: string; definition: string }>`
      select t.relname as "table", i.relname as name, pg_get_indexdef(i.oid) as definition
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = current_schema() and x.indisunique
        and not exists (select 1 from pg_constraint con where con.conindid = x.indexrelid)`.execute(ctx.database.db.withoutPlugins());
    return rows;
  }

  it('has org_id in every table, and in every primary key, unique constraint and foreign key', async () => {
    const all = await tables();
    const problems: string[] = [];
    for (const [table, columns] of all) {
      if (table in REFERENCE_TABLES) continue;
      if (!columns.includes(TENANT_COLUMN)) problems.push(`${table}: no ${TENANT_COLUMN} column (or list it in REFERENCE_TABLES with the reason)`);
    }
    const distributed = (table: string) => all.has(table) && !(table in REFERENCE_TABLES);
    for (const c of await constraints()) {
      if (!distributed(c.table)) continue;
      if (c.kind !== 'f' && !c.columns.includes(TENANT_COLUMN))
        problems.push(`${c.table}.${c.name}: ${c.kind === 'p' ? 'primary key' : 'unique'} (${c.columns.join(', ')}) lacks ${TENANT_COLUMN}`);
      if (c.kind === 'f' && distributed(c.referenced!)) {
        const at = c.columns.indexOf(TENANT_COLUMN);
        if (at < 0 || c.referencedColumns[at] !== TENANT_COLUMN)
          problems.push(`${c.table}.${c.name}: foreign key (${c.columns.join(', ')}) -> ${c.referenced} (${c.referencedColumns.join(', ')}) does not match ${TENANT_COLUMN} to ${TENANT_COLUMN}`);
      }
    }
    for (const index of await uniqueIndexes())
      if (distributed(index.table) && !new RegExp(`\\(.*\\b${TENANT_COLUMN}\\b.*\\)`).test(index.definition))
        problems.push(`${index.table}.${index.name}: unique index lacks ${TENANT_COLUMN}: ${index.definition}`);
    expect(problems).toEqual([]);
  });

  it('lists only reference tables that exist, and they hold no tenant rows', async () => {
    const all = await tables();
    for (const table of Object.keys(REFERENCE_TABLES)) {
      expect(all.has(table), `${table} is listed in REFERENCE_TABLES but does not exist`).toBe(true);
      expect(all.get(table), `${table} has ${TENANT_COLUMN}: distribute it instead`).not.toContain(TENANT_COLUMN);
    }
  });
});
