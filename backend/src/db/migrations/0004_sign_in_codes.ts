/**
 * One-time sign-in codes: `sightline org create` hands the first admin one, exchanged once at
 * POST /v1/auth/sign-in-code for a token. Only the sha256 of a code is kept; used_at marks it
 * spent, so a replayed code finds nothing. Keyed by org_id first like every table.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sign_in_codes (
      org_id uuid not null references orgs (id),
      code_hash text not null,
      person_id uuid not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (org_id, code_hash),
      foreign key (org_id, person_id) references persons (org_id, id)
    )`.execute(db);
  // A code is presented before its org is known: found by hash (one probe per shard when distributed).
  await sql`create index sign_in_codes_code_hash on sign_in_codes (code_hash)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists sign_in_codes`.execute(db);
}
