/**
 * Idempotency keys of write routes (metric ingest): the answer stored under the key a
 * credential sent, with a hash of the request, so a retry replays it and a different request
 * under the same key is refused. A key counts for a day; an older one is deleted when it is sent again.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table idempotency_keys (
      org_id uuid not null references orgs (id),
      principal_key text not null,
      key text not null,
      request_hash text not null,
      status integer not null,
      response jsonb not null,
      created_at timestamptz not null default now(),
      primary key (org_id, principal_key, key)
    )`.execute(db);
  await sql`create index idempotency_keys_created_at on idempotency_keys (org_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists idempotency_keys`.execute(db);
}
