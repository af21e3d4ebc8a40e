/**
 * A KPI value may name the piece of work it was recorded from (`tool:recordId`); a metric takes
 * one live value per key, so a deal won or a ticket solved is counted once however many devices
 * offer it.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table metric_values add column record_key text`.execute(db);
  await sql`create unique index metric_values_record_key on metric_values (org_id, metric_id, record_key)
      where record_key is not null and deleted_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists metric_values_record_key`.execute(db);
  await sql`alter table metric_values drop column if exists record_key`.execute(db);
}
