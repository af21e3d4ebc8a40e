/**
 * KPIs say whether they count things done (one-click logging reads this instead of guessing from
 * the unit), and edits to goals and KPIs keep their history: one change_log row per edit, with
 * each field's value before and after. Not synced: read on demand through /v1/history.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table metrics add column counts boolean not null default false`.execute(db);
  await sql`create table change_log (
      org_id uuid not null references orgs (id), id uuid not null,
      entity text not null check (entity in ('goal', 'metric')), entity_id uuid not null,
      version bigint not null, changed_by uuid not null, changed_at timestamptz not null, changes jsonb not null,
      primary key (org_id, id), foreign key (org_id, changed_by) references persons (org_id, id))`.execute(db);
  await sql`create index change_log_entity on change_log (org_id, entity_id, version)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists change_log`.execute(db);
  await sql`alter table metrics drop column if exists counts`.execute(db);
}
