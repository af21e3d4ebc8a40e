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
  // A client dropping (restart, failover, pg_terminate_backend) must not crash the process. The
  // pool listens on idle clients only; a checked-out client needs its own listener, and its
  // query fails with a transient error (503, the client retries) while the pool replaces it.
  pool.on('error', (error) => console.error('postgres connection lost (idle)', error.message));
  pool.on('connect', (client) => client.on('error', (error) => console.error('postgres connection lost (in use)', error.message)));
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
