/** Brings the schema up to the latest migration; safe to call on every start (Kysely takes a lock). */
import { Migrator, type MigrationResult } from 'kysely';
import type { Database } from './database';
import { MIGRATIONS } from './migrations';

export async function migrate(database: Database): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    // The migrations are raw SQL; the camelCase plugin has nothing to do there.
    db: database.db.withoutPlugins(),
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return results;
}
