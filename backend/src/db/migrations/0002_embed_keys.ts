/**
 * Embed keys: per-org keys an intranet server signs viewer tokens with. HS256 keeps the shared
 * secret (the backend needs it to verify); RS256/ES256 keep only the public key, as a JWK.
 * Keyed by org_id like every table; a kid names one key within its org.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table embed_keys (
      org_id uuid not null references orgs (id),
      kid text not null,
      alg text not null check (alg in ('HS256', 'RS256', 'ES256')),
      secret text,
      public_jwk jsonb,
      created_by uuid not null,
      created_at timestamptz not null default now(),
      primary key (org_id, kid),
      foreign key (org_id, created_by) references persons (org_id, id),
      check ((alg = 'HS256') = (secret is not null) and (secret is null) = (public_jwk is not null))
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists embed_keys`.execute(db);
}
