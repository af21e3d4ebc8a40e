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

export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({ ...(inMemory ? {} : { dataDir }), parsers: TYPE_PARSERS });
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
