/** Review templates per cycle and kind (synced to everyone), and each review's answers to them. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table review_templates (
      org_id uuid not null references orgs (id), id uuid not null,
      cycle_id uuid not null, kind text not null, questions jsonb not null,
      version bigint not null, updated_at timestamptz not null, deleted_at timestamptz,
      primary key (org_id, id), unique (org_id, cycle_id, kind),
      foreign key (org_id, cycle_id) references cycles (org_id, id))`.execute(db);
  await sql`create index review_templates_version on review_templates (org_id, version)`.execute(db);
  await sql`create index review_templates_tombstones on review_templates (org_id, deleted_at) where deleted_at is not null`.execute(db);
  await sql`alter table reviews add column answers jsonb not null default '[]'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reviews drop column if exists answers`.execute(db);
  await sql`drop table if exists review_templates`.execute(db);
}
