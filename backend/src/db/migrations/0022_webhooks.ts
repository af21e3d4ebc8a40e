/**
 * Outgoing webhooks: endpoints an admin registers, and the deliveries owed to them. A delivery
 * row is written in the same transaction as the change it reports (an outbox), so it is sent
 * even if the process stops right after the commit; each attempt is logged beside it.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_endpoints (
      org_id uuid not null references orgs (id),
      id uuid not null,
      url text not null,
      secret text not null,
      events jsonb not null,
      created_by uuid not null,
      created_at timestamptz not null default now(),
      disabled_at timestamptz,
      primary key (org_id, id),
      foreign key (org_id, created_by) references persons (org_id, id)
    )`.execute(db);
  await sql`
    create table webhook_deliveries (
      org_id uuid not null references orgs (id),
      id uuid not null,
      endpoint_id uuid not null,
      event_type text not null,
      payload jsonb not null,
      status text not null check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      created_at timestamptz not null default now(),
      primary key (org_id, id),
      foreign key (org_id, endpoint_id) references webhook_endpoints (org_id, id)
    )`.execute(db);
  // The worker's question, across orgs: what is due now.
  await sql`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending'`.execute(db);
  await sql`
    create table webhook_attempts (
      org_id uuid not null references orgs (id),
      delivery_id uuid not null,
      attempt integer not null,
      at timestamptz not null,
      status_code integer,
      error text,
      primary key (org_id, delivery_id, attempt),
      foreign key (org_id, delivery_id) references webhook_deliveries (org_id, id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists webhook_attempts`.execute(db);
  await sql`drop table if exists webhook_deliveries`.execute(db);
  await sql`drop table if exists webhook_endpoints`.execute(db);
}
