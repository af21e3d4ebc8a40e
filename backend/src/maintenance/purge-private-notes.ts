/**
 * Retention of private notes: in each org that set `private_note_retention_days`, private
 * feedback (seen by its author alone) older than that is deleted, as a tombstone without its
 * text, at a new org version, so the author's devices drop it on their next pull.
 * A note's age counts from the earlier of its stated date and its last write on the server,
 * so a date set in the future does not keep it.
 *
 * @example
 * await purgePrivateNotes(db, new Date());
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { announceChange, lockOrg, nextOrgVersion } from '../orgs/orgs';
import { tombstoneWithoutText } from '../privacy/blank-tombstones';
import { forEachOrg } from './each-org';

const DAY_MS = 86_400_000;

export interface OrgNotePurge {
  orgId: string;
  purged: number;
}

const expired = (orgId: string, olderThan: string) =>
  sql`org_id = ${orgId} and visibility = 'private' and least(created_at, updated_at) < ${olderThan}`;

/** One org, one transaction; takes a version only when there is something to delete. */
export async function purgeOrgPrivateNotes(db: Kysely<DB>, orgId: string, retentionDays: number, now: Date): Promise<number> {
  const olderThan = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return db.transaction().execute(async (tx) => {
    await lockOrg(tx, orgId);
    const { rows } = await sql`select 1 from feedback where ${expired(orgId, olderThan)} and deleted_at is null limit 1`.execute(tx);
    if (rows.length === 0) return 0;
    const version = await nextOrgVersion(tx, orgId);
    const purged = await tombstoneWithoutText(tx, 'feedback', expired(orgId, olderThan), { version, now: now.toISOString() });
    await announceChange(tx, { orgId, version, aclChanged: false });
    return purged;
  });
}

/** Every org with a retention set (see each-org.ts for failures). */
export async function purgePrivateNotes(db: Kysely<DB>, now: Date): Promise<OrgNotePurge[]> {
  const orgs = await db.selectFrom('orgs').select(['id', 'privateNoteRetentionDays']).where('privateNoteRetentionDays', 'is not', null).orderBy('id').execute();
  return forEachOrg(orgs, 'private note purge', async (org) => ({ orgId: org.id, purged: await purgeOrgPrivateNotes(db, org.id, org.privateNoteRetentionDays!, now) }));
}
