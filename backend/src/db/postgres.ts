/** PostgreSQL through a node-postgres pool, with one extra connection that LISTENs for changes. */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { camelCase, type Database } from './database';
import { listenForChanges } from './pg-listener';
import type { DB } from './schema';
import { TYPE_PARSERS } from './type-parsers';

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function openPostgres(url: string): Promise<Database> {
  const listener = await listenForChanges(url);
  const pool = new pg.Pool({ connectionString: url, types, max: 10 });
  // An idle client dropping (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('postgres pool error', error.message));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [camelCase()] });
  return {
    db,
    driver: 'postgres',
    changes: listener.changes,
    close: async () => {
      await listener.close();
      await db.destroy();
    },
  };
}
