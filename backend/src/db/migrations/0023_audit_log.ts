/**
 * The audit log: who did what to whom, appended and never changed. The code only inserts, and
 * a trigger refuses UPDATE and DELETE, so not even a bug or a hand-typed statement in the
 * application's role edits history (dropping the trigger takes the table owner, on purpose).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_log (
      org_id uuid not null references orgs (id),
      id uuid not null,
      at timestamptz not null,
      actor_person_id uuid,
      actor_key text,
      action text not null,
      target_type text,
      target_id text,
      details jsonb not null default '{}',
      primary key (org_id, id)
    )`.execute(db);
  await sql`create index audit_log_at on audit_log (org_id, at desc)`.execute(db);
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only' using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log for each statement execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists audit_log`.execute(db);
  await sql`drop function if exists audit_log_append_only()`.execute(db);
}
