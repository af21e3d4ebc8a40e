/**
 * Per-person access epochs: the org version at which what a person may see last changed. A pull
 * cursor older than its person's epoch resets that person only, instead of the org-wide
 * acl_version resetting every client of the org (issue #12).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table access_epochs (
      org_id uuid not null references orgs (id), person_id uuid not null, version bigint not null,
      primary key (org_id, person_id))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists access_epochs`.execute(db);
}
