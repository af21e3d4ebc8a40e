/**
 * Tombstone purge. A delete leaves a tombstone so incremental pulls can tell clients to drop
 * the row; after the retention period it is hard-deleted, and the org's tombstone floor rises
 * to the highest version purged. A client whose cursor is older than the floor may have missed
 * one of those deletes, so its next pull is a reset (pull.ts); newer cursors are unaffected.
 *
 * @example
 * await purgeTombstones(db, { olderThan: new Date(Date.now() - 30 * 86_400_000) });
 */
import { sql, type Kysely } from 'kysely';
import { TABLES, TABLE_NAMES } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { forEachOrg } from './each-org';

export interface OrgPurge {
  orgId: string;
  /** Tombstones hard-deleted, across every synced table. */
  purged: number;
  /** The org's floor afterwards; it never goes down. */
  tombstoneFloor: number;
}

/**
 * One statement for every synced table: foreign keys between tombstones (a deleted goal, its
 * metrics and their values) are checked at the end of the statement, so the order of the
 * deletes does not matter, while a live row still pointing at a tombstone fails the purge
 * rather than losing its parent.
 */
function purgeStatement(orgId: string, olderThan: string) {
  const cte = (table: string) => sql.raw(`purged_${table}`);
  const tables = TABLE_NAMES.map((name) => TABLES[name].sql);
  const deletes = tables.map(
    (table) => sql`${cte(table)} as (
      delete from ${sql.table(table)} where org_id = ${orgId} and deleted_at < ${olderThan} returning version)`,
  );
  const versions = sql.join(tables.map((table) => sql`select version from ${cte(table)}`), sql` union all `);
  return sql<{ purged: number; tombstoneFloor: number }>`
    with ${sql.join(deletes)}, purged as (${versions})
    update orgs set tombstone_floor = greatest(tombstone_floor, (select coalesce(max(version), 0) from purged))
    where id = ${orgId}
    returning (select count(*) from purged) as purged, tombstone_floor`;
}

/** Purges one org in one transaction, so a pull sees the rows and the floor change together. */
export async function purgeOrgTombstones(db: Kysely<DB>, orgId: string, olderThan: Date): Promise<OrgPurge> {
  return db.transaction().execute(async (tx) => {
    // The org's write lock first, as every writer takes it: the purge queues behind pushes instead of interleaving.
    await tx.selectFrom('orgs').select('id').where('id', '=', orgId).forUpdate().execute();
    const { rows } = await purgeStatement(orgId, olderThan.toISOString()).execute(tx);
    const row = rows[0];
    if (!row) throw new Error(`org ${orgId} does not exist`);
    return { orgId, purged: row.purged, tombstoneFloor: row.tombstoneFloor };
  });
}

/** Purges tombstones deleted before `olderThan` in every org, one transaction per org (see each-org.ts for failures). */
export async function purgeTombstones(db: Kysely<DB>, options: { olderThan: Date }): Promise<OrgPurge[]> {
  const orgs = await db.selectFrom('orgs').select('id').orderBy('id').execute();
  return forEachOrg(orgs, 'tombstone purge', ({ id }) => purgeOrgTombstones(db, id, options.olderThan));
}
