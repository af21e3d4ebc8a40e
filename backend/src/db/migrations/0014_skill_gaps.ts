/** Skill gaps (synced, seen like the person's development actions), and what kind of work an action is and when it began. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table skill_gaps (
      org_id uuid not null references orgs (id), id uuid not null,
      person_id uuid not null, skill_id uuid not null, source text not null, source_id uuid not null,
      note text, status text not null, raised_by uuid not null,
      version bigint not null, updated_at timestamptz not null, deleted_at timestamptz,
      primary key (org_id, id),
      foreign key (org_id, person_id) references persons (org_id, id),
      foreign key (org_id, skill_id) references skills (org_id, id))`.execute(db);
  await sql`create index skill_gaps_version on skill_gaps (org_id, version)`.execute(db);
  await sql`create index skill_gaps_person_id on skill_gaps (org_id, person_id)`.execute(db);
  await sql`create index skill_gaps_tombstones on skill_gaps (org_id, deleted_at) where deleted_at is not null`.execute(db);
  await sql`alter table development_actions add column kind text not null default 'practice',
      add column skill_gap_id uuid, add column started_on date`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table development_actions drop column if exists kind, drop column if exists skill_gap_id, drop column if exists started_on`.execute(db);
  await sql`drop table if exists skill_gaps`.execute(db);
}
