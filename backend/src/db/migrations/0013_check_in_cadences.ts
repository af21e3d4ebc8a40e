/** The org's check-in cadence (one synced row per org): every week or every other week, due on a weekday. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table check_in_cadences (
      org_id uuid not null references orgs (id), id uuid not null,
      interval_weeks integer not null check (interval_weeks in (1, 2)), anchor_week text not null,
      due_weekday integer not null check (due_weekday between 1 and 7),
      version bigint not null, updated_at timestamptz not null, deleted_at timestamptz,
      primary key (org_id, id))`.execute(db);
  await sql`create index check_in_cadences_version on check_in_cadences (org_id, version)`.execute(db);
  await sql`create index check_in_cadences_tombstones on check_in_cadences (org_id, deleted_at) where deleted_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists check_in_cadences`.execute(db);
}
