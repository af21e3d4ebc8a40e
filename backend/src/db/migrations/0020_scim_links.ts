/**
 * SCIM links: which person (User) and which team (Group) an identity provider manages, under the
 * externalId it knows them by. A SCIM DELETE marks the link deleted and leaves the person
 * (deactivated) and the team in place, so history keeps its authors and members.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column, target] of [
    ['scim_users', 'person_id', 'persons'],
    ['scim_groups', 'team_id', 'teams'],
  ] as const) {
    await sql`
      create table ${sql.raw(table)} (
        org_id uuid not null references orgs (id),
        ${sql.raw(column)} uuid not null,
        external_id text,
        created_at timestamptz not null default now(),
        deleted_at timestamptz,
        primary key (org_id, ${sql.raw(column)}),
        foreign key (org_id, ${sql.raw(column)}) references ${sql.raw(target)} (org_id, id)
      )`.execute(db);
    await sql`create unique index ${sql.raw(`${table}_external_id`)} on ${sql.raw(table)} (org_id, external_id)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists scim_groups`.execute(db);
  await sql`drop table if exists scim_users`.execute(db);
}
