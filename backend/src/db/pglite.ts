/**
 * Embedded PostgreSQL (PGlite). It has a single connection: kysely-pglite-dialect hands that
 * connection to one holder at a time and queues the rest, so a transaction never interleaves
 * with another caller's statements (checked in database.test.ts).
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { CHANGES_CHANNEL, ChangeFanout } from '../events/change-feed';
import { camelCase, type Database } from './database';
import type { DB } from './schema';
import { TYPE_PARSERS } from './type-parsers';

/**
 * PGlite's WebAssembly memory only ever grows (from 128 MiB, the least its module accepts), and
 * PostgreSQL's defaults (128 MB shared buffers) fill it; an embedded server needs far less.
 */
export const PGLITE_MEMORY_SETTINGS = {
  postgresqlconf: ['shared_buffers = 16MB', 'temp_buffers = 4MB', 'work_mem = 4MB', 'maintenance_work_mem = 16MB'],
};

export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({ ...(inMemory ? {} : { dataDir }), parsers: TYPE_PARSERS, ...PGLITE_MEMORY_SETTINGS });
  const changes = new ChangeFanout();
  // LISTEN before any transaction exists: the statement must not land inside someone's transaction.
  await pglite.listen(CHANGES_CHANNEL, (payload) => changes.publish(payload));
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), plugins: [camelCase()] });
  return {
    db,
    driver: 'pglite',
    changes,
    close: () => db.destroy(),
  };
}
