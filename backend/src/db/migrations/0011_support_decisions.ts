/** A manager's recorded decision on a check-in's barrier: a synced table, one row per check-in. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table support_decisions (
      org_id uuid not null references orgs (id), id uuid not null,
      check_in_id uuid not null, person_id uuid not null, decision text not null, note text,
      decided_at timestamptz not null, decided_by uuid not null,
      version bigint not null, updated_at timestamptz not null, deleted_at timestamptz,
      primary key (org_id, id), unique (org_id, check_in_id),
      foreign key (org_id, check_in_id) references check_ins (org_id, id),
      foreign key (org_id, person_id) references persons (org_id, id),
      foreign key (org_id, decided_by) references persons (org_id, id))`.execute(db);
  await sql`create index support_decisions_version on support_decisions (org_id, version)`.execute(db);
  await sql`create index support_decisions_person_id on support_decisions (org_id, person_id)`.execute(db);
  await sql`create index support_decisions_tombstones on support_decisions (org_id, deleted_at) where deleted_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists support_decisions`.execute(db);
}
