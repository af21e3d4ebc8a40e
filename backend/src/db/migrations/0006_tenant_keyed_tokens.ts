/**
 * A token's secret hash is unique within its org, not across orgs: a distributed PostgreSQL
 * shards api_tokens by org_id and can only enforce uniqueness that includes it. A hash of 32
 * random bytes does not collide across orgs either. The plain index keeps the look-up by hash
 * fast for tokens that do not name their org.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table api_tokens drop constraint api_tokens_secret_hash_key`.execute(db);
  await sql`alter table api_tokens add constraint api_tokens_org_secret_hash_key unique (org_id, secret_hash)`.execute(db);
  await sql`create index api_tokens_secret_hash on api_tokens (secret_hash)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists api_tokens_secret_hash`.execute(db);
  await sql`alter table api_tokens drop constraint api_tokens_org_secret_hash_key`.execute(db);
  await sql`alter table api_tokens add constraint api_tokens_secret_hash_key unique (secret_hash)`.execute(db);
}
