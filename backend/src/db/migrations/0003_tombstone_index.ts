/**
 * A partial index per synced table over its tombstones only, so the periodic purge finds the
 * old ones without scanning an org's live rows (which are nearly all of them).
 */
import { sql, type Kysely } from 'kysely';

// Frozen copy of the synced tables at the time of this migration; later tables bring their own index.
const TABLES = [
  'teams', 'persons', 'cycles', 'goals', 'metrics', 'metric_values', 'check_ins', 'feedback',
  'feedback_requests', 'skills', 'development_actions', 'reviews',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES)
    await sql.raw(`create index ${table}_tombstones on ${table} (org_id, deleted_at) where deleted_at is not null`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql.raw(`drop index if exists ${table}_tombstones`).execute(db);
}
