/**
 * Pull: everything visible that changed after the cursor, the client's lastSeq and the new
 * cursor, read from one REPEATABLE READ snapshot so they agree with each other. Writers take
 * org versions under a row lock, so every version up to the snapshot's org version is fully
 * committed in it and the next pull can start exactly there.
 */
import type { Kysely } from 'kysely';
import { TABLE_NAMES, type PullResponse, type TableName } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import { toModelRow } from '../db/row-codec';
import type { DB } from '../db/schema';
import { readOrgCounters, type OrgCounters } from '../orgs/orgs';
import { readLastSeq } from './clients';
import { decodeCursor, encodeCursor } from './cursor';
import { orUnavailable } from './unavailable';
import { visibleTo } from './visibility';

type StoredRow = Record<string, unknown> & { id: string; deletedAt: string | null };

/** Visible rows of `table`: live ones for a reset, or every row (tombstones too) stamped after `since`. */
async function readTable(tx: Kysely<DB>, principal: Principal, table: TableName, since: number | null): Promise<StoredRow[]> {
  // The table is chosen at run time; Kysely cannot type that.
  let query = (tx as unknown as Kysely<Record<string, StoredRow>>)
    .selectFrom(`${table} as t`)
    .selectAll('t')
    .where('t.orgId', '=', principal.orgId)
    .where(visibleTo(principal, table));
  query = since === null ? query.where('t.deletedAt', 'is', null) : query.where('t.version', '>', since);
  return (await query.orderBy('t.id').execute()) as StoredRow[];
}

/** The version to continue after, or null when the client must reset. */
function resumeFrom(cursorText: string | undefined, org: OrgCounters): number | null {
  const cursor = decodeCursor(cursorText);
  if (!cursor || cursor.aclVersion !== org.aclVersion) return null;
  // Older than the tombstone floor: deletes it needs may be gone. Newer than the org: not ours.
  if (cursor.version < org.tombstoneFloor || cursor.version > org.version) return null;
  return cursor.version;
}

async function pullInSnapshot(tx: Kysely<DB>, principal: Principal, clientId: string, cursorText: string | undefined): Promise<PullResponse> {
  const org = await readOrgCounters(tx, principal.orgId);
  if (!org) throw new Error(`org ${principal.orgId} does not exist`);
  const lastSeq = await readLastSeq(tx, principal, clientId);
  const since = resumeFrom(cursorText, org);
  const changes: PullResponse['changes'] = {};
  for (const table of TABLE_NAMES) {
    const rows = await readTable(tx, principal, table, since);
    const upserts = rows.filter((r) => r.deletedAt === null).map(toModelRow);
    const deletes = rows.filter((r) => r.deletedAt !== null).map((r) => r.id);
    // A reset names every table (the client replaces them all); an increment only what changed.
    if (since === null || rows.length > 0) changes[table] = { upserts, deletes };
  }
  return { cursor: encodeCursor(org), reset: since === null, lastSeq, version: org.version, changes };
}

export async function pullChanges(db: Kysely<DB>, principal: Principal, query: { clientId: string; cursor?: string | undefined }): Promise<PullResponse> {
  return orUnavailable(() =>
    db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((tx) => pullInSnapshot(tx, principal, query.clientId, query.cursor)),
  );
}
