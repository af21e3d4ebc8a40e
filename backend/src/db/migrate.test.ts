import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { TABLES, TABLE_NAMES } from '@sightline/sdk/model';
import { describeStorage } from '../../test/helpers/storage';
import { migrate } from './migrate';

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describeStorage('migrations', (ctx) => {
  it('are recorded, so running them again does nothing', async () => {
    expect(await migrate(ctx.database)).toEqual([]);
  });

  it('key every table by org_id first (orgs by its own id)', async () => {
    const { rows } = await sql<{ table: string; columns: string[] }>`
      select c.relname::text as table, array_agg(a.attname::text order by k.n) as columns
      from pg_index i join pg_class c on c.oid = i.indrelid
      join pg_namespace ns on ns.oid = c.relnamespace and ns.nspname = current_schema()
      cross join lateral unnest(i.indkey) with ordinality as k(attnum, n)
      join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
      where i.indisprimary and c.relname not like 'kysely_%'
      group by c.relname`.execute(ctx.database.db.withoutPlugins());
    // Every table has a primary key (counted against the schema, so a new migration's tables are covered without editing this test).
    const { rows: tables } = await sql<{ table: string }>`
      select relname::text as table from pg_class c join pg_namespace ns on ns.oid = c.relnamespace and ns.nspname = current_schema()
      where c.relkind = 'r' and c.relname not like 'kysely_%'`.execute(ctx.database.db.withoutPlugins());
    expect(rows.map((r) => r.table).sort()).toEqual(tables.map((t) => t.table).sort());
    expect(rows.length).toBeGreaterThan(TABLE_NAMES.length + 12);
    for (const { table, columns } of rows) expect(columns[0], table).toBe(table === 'orgs' ? 'id' : 'org_id');
  });

  it('give each synced table the model fields, the sync columns, and an (org_id, version) index', async () => {
    const db = ctx.database.db.withoutPlugins();
    for (const name of TABLE_NAMES) {
      const { sql: table, schema } = TABLES[name];
      const { rows } = await sql<{ column_name: string }>`
        select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(db);
      const expected = [...Object.keys(schema.shape).map(snake), 'deleted_at'].sort();
      expect(rows.map((r) => r.column_name).sort(), table).toEqual(expected);
      const index = await sql<{ indexdef: string }>`select indexdef from pg_indexes where tablename = ${table} and indexname = ${`${table}_version`}`.execute(db);
      expect(index.rows[0]?.indexdef, table).toMatch(/\(org_id, version\)/);
    }
  });

  it('read bigint, timestamptz and date the same on every driver', async () => {
    const { rows } = await sql<{ big: number; at: string; day: string }>`
      select 9007199254740991::int8 as big, '2026-03-04 05:06:07.089+02'::timestamptz as at, '2026-03-04'::date as day`.execute(ctx.database.db);
    expect(rows[0]).toEqual({ big: Number.MAX_SAFE_INTEGER, at: '2026-03-04T03:06:07.089Z', day: '2026-03-04' });
  });
});
