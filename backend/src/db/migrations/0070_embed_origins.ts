/** The origins whose pages may use an org's embed tokens (admin-managed CORS allow-list). */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table embed_origins (
      org_id uuid not null references orgs (id),
      origin text not null,
      created_at timestamptz not null default now(),
      primary key (org_id, origin)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists embed_origins`.execute(db);
}
