/**
 * Single sign-on and sessions. Per-org OpenID Connect settings (the client secret encrypted),
 * the provider identities people have signed in with, in-flight sign-ins (state, nonce, PKCE
 * verifier: single-use, short-lived), the one-time codes that hand a finished sign-in to the
 * console or extension, and sessions whose refresh tokens rotate; a refresh token that was
 * already rotated is kept (hashed) so its reuse can revoke the session. Keyed by org_id first
 * like every table, so a distributed PostgreSQL can shard them (tenant-keys.ts); each hash is
 * unique within its org and has a plain index of its own, since a credential is looked up
 * before its org is known (one probe per shard when distributed). API tokens gain scopes and an expiry;
 * existing tokens keep null for both and so keep working as before.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table sso_configs (
     org_id uuid primary key references orgs (id), issuer text not null, client_id text not null,
     client_secret_jwe text, allowed_domains jsonb not null, email_claim text not null,
     allowed_redirects jsonb not null, updated_by uuid not null, updated_at timestamptz not null default now(),
     foreign key (org_id, updated_by) references persons (org_id, id))`,
  `create table sso_identities (
     org_id uuid not null references orgs (id), issuer text not null, subject text not null, person_id uuid not null,
     created_at timestamptz not null default now(),
     primary key (org_id, issuer, subject), unique (org_id, issuer, person_id),
     foreign key (org_id, person_id) references persons (org_id, id))`,
  `create table sso_flows (
     org_id uuid not null references orgs (id), state_hash text not null, nonce text not null,
     code_verifier text not null, redirect_target text not null, expires_at timestamptz not null,
     primary key (org_id, state_hash))`,
  `create index sso_flows_state_hash on sso_flows (state_hash)`,
  `create index sso_flows_expires_at on sso_flows (expires_at)`,
  `create table sso_handoffs (
     org_id uuid not null references orgs (id), code_hash text not null, person_id uuid not null, client text not null,
     expires_at timestamptz not null, primary key (org_id, code_hash), foreign key (org_id, person_id) references persons (org_id, id))`,
  `create index sso_handoffs_code_hash on sso_handoffs (code_hash)`,
  `create table sessions (
     org_id uuid not null references orgs (id), id uuid not null, person_id uuid not null, client text not null,
     created_at timestamptz not null default now(), expires_at timestamptz not null, last_used_at timestamptz,
     revoked_at timestamptz, revoked_reason text,
     access_hash text not null, access_expires_at timestamptz not null,
     refresh_hash text not null, refresh_expires_at timestamptz not null,
     primary key (org_id, id), unique (org_id, access_hash), unique (org_id, refresh_hash),
     foreign key (org_id, person_id) references persons (org_id, id))`,
  `create index sessions_access_hash on sessions (access_hash)`,
  `create index sessions_refresh_hash on sessions (refresh_hash)`,
  `create index sessions_person_id on sessions (org_id, person_id)`,
  `create table retired_refresh_tokens (
     org_id uuid not null, hash text not null, session_id uuid not null, retired_at timestamptz not null default now(),
     primary key (org_id, hash), foreign key (org_id, session_id) references sessions (org_id, id) on delete cascade)`,
  `create index retired_refresh_tokens_hash on retired_refresh_tokens (hash)`,
  `alter table api_tokens add column scopes jsonb, add column expires_at timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`alter table api_tokens drop column if exists scopes, drop column if exists expires_at`).execute(db);
  for (const table of ['retired_refresh_tokens', 'sessions', 'sso_handoffs', 'sso_flows', 'sso_identities', 'sso_configs'])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
