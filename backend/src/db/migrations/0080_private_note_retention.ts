/**
 * Per org: how many days private feedback (a note to self) is kept; null keeps it for ever.
 * The maintenance run (maintenance/purge-private-notes.ts) deletes older notes.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table orgs add column private_note_retention_days integer check (private_note_retention_days > 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table orgs drop column if exists private_note_retention_days`.execute(db);
}
