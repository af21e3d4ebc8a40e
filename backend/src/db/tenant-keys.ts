/**
 * How the schema is laid out for a distributed PostgreSQL (Citus): every table is sharded by
 * `org_id` (`create_distributed_table('<table>', 'org_id', colocate_with => 'persons')`),
 * except the tables below, each with the reason it is not. `tenant-keys.test.ts` reads the
 * migrated schema and fails on any table, key or foreign key that breaks this.
 */
export const TENANT_COLUMN = 'org_id';

export const REFERENCE_TABLES: Record<string, string> = {
  orgs: 'the tenant directory itself, one small row per org: a reference table (create_reference_table) copied to every node, so every distributed table may reference it',
  kysely_migration: 'migration bookkeeping, read and written only by `migrate` on the coordinator: a local table',
  kysely_migration_lock: 'the migration lock, used only by `migrate` on the coordinator: a local table',
};
