/**
 * Orgs and their two counters. `version` orders every write in the org: a writer bumps it
 * before it writes, and the row lock it takes serialises writers of that org, so versions commit in the
 * order they were handed out and a pull cursor never skips a row. `acl_version` is no longer
 * read by pulls: per-person access epochs (sync/access-epochs.ts) decide who resets.
 */
import { sql, type Kysely } from 'kysely';
import { Org } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { CHANGES_CHANNEL, encodeChange, type Change } from '../events/change-feed';

export async function createOrg(db: Kysely<DB>, input: Org): Promise<Org> {
  const org = Org.parse(input);
  await db.insertInto('orgs').values(org).execute();
  return org;
}

export interface OrgCounters {
  version: number;
  aclVersion: number;
  tombstoneFloor: number;
}

export async function readOrgCounters(db: Kysely<DB>, orgId: string): Promise<OrgCounters | undefined> {
  return db.selectFrom('orgs').select(['version', 'aclVersion', 'tombstoneFloor']).where('id', '=', orgId).executeTakeFirst();
}

/** Takes the org's write lock and the next version; call before the first synced write of a transaction. */
export async function nextOrgVersion(tx: Kysely<DB>, orgId: string): Promise<number> {
  const row = await tx
    .updateTable('orgs')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', orgId)
    .returning('version')
    .executeTakeFirst();
  if (!row) throw new Error(`org ${orgId} does not exist`);
  return row.version;
}

/** Takes the org's write lock without a version: for a read-then-write that may end up writing nothing. */
export async function lockOrg(tx: Kysely<DB>, orgId: string): Promise<void> {
  await tx.selectFrom('orgs').select('id').where('id', '=', orgId).forUpdate().execute();
}

export async function bumpAclVersion(tx: Kysely<DB>, orgId: string): Promise<void> {
  await tx
    .updateTable('orgs')
    .set((eb) => ({ aclVersion: eb('aclVersion', '+', 1) }))
    .where('id', '=', orgId)
    .execute();
}

/** NOTIFY inside the writing transaction: PostgreSQL delivers it only if and when that commits. */
export async function announceChange(tx: Kysely<DB>, change: Change): Promise<void> {
  await sql`select pg_notify(${CHANGES_CHANNEL}, ${encodeChange(change)})`.execute(tx);
}
