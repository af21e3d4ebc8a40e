/**
 * One-time sign-in codes: `sightline org create` hands the first admin one, exchanged once at
 * POST /v1/auth/sign-in-code for a token. Only the sha256 of a code is kept; used_at marks it
 * spent, so a replayed code finds nothing.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sign_in_codes (
      code_hash text primary key,
      org_id uuid not null references orgs (id),
      person_id uuid not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now(),
      foreign key (org_id, person_id) references persons (org_id, id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists sign_in_codes`.execute(db);
}
