/**
 * Pull: what is visible and changed after the cursor, or a page of a reset, with the client's
 * lastSeq and the next cursor, read from one REPEATABLE READ snapshot so they agree with each
 * other. Writers take org versions under a row lock, so every version up to the snapshot's org
 * version is fully committed in it and the next pull can start exactly there.
 *
 * A client resets when its cursor is not one this server wrote, is older than the tombstone
 * floor or newer than the org, or is older than its person's access epoch (their view changed).
 */
import type { Kysely } from 'kysely';
import { TABLE_NAMES, type PullResponse, type TableName } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import { toModelRow } from '../db/row-codec';
import type { DB } from '../db/schema';
import { readOrgCounters, type OrgCounters } from '../orgs/orgs';
import { readAccessEpoch } from './access-epochs';
import { readLastSeq } from './clients';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import { DEFAULT_PAGE_LIMITS, readResetPage, type PageLimits } from './reset-page';
import { orUnavailable } from './unavailable';
import { visibleTo } from './visibility';

type StoredRow = Record<string, unknown> & { id: string; deletedAt: string | null };

/** Visible rows of `table` (tombstones too) stamped after `since`. */
async function readChanged(tx: Kysely<DB>, principal: Principal, table: TableName, since: number): Promise<StoredRow[]> {
  // The table is chosen at run time; Kysely cannot type that.
  const query = (tx as unknown as Kysely<Record<string, StoredRow>>)
    .selectFrom(`${table} as t`)
    .selectAll('t')
    .where('t.orgId', '=', principal.orgId)
    .where('t.version', '>', since)
    .where(visibleTo(principal, table));
  return (await query.orderBy('t.id').execute()) as StoredRow[];
}

/** Where this pull goes on from; a fresh reset at the org's version when the cursor cannot be trusted. */
function continueFrom(cursor: Cursor | null, org: OrgCounters, epoch: number): Cursor {
  // Older than the tombstone floor: deletes it needs may be gone. Newer than the org: not ours.
  // Older than the access epoch: rows this person may no longer see would stay on the client.
  if (cursor && cursor.version >= org.tombstoneFloor && cursor.version <= org.version && cursor.version >= epoch) return cursor;
  return { kind: 'reset', version: org.version, table: TABLE_NAMES[0]!, afterId: null };
}

async function pullInSnapshot(tx: Kysely<DB>, principal: Principal, clientId: string, cursorText: string | undefined, limits: PageLimits): Promise<PullResponse> {
  const org = await readOrgCounters(tx, principal.orgId);
  if (!org) throw new Error(`org ${principal.orgId} does not exist`);
  const lastSeq = await readLastSeq(tx, principal, clientId);
  const epoch = principal.personId === null ? 0 : await readAccessEpoch(tx, principal.orgId, principal.personId);
  const from = continueFrom(decodeCursor(cursorText), org, epoch);

  if (from.kind === 'reset') {
    const page = await readResetPage(tx, principal, from, limits);
    const cursor = encodeCursor(page.next ? { kind: 'reset', version: from.version, ...page.next } : { kind: 'delta', version: from.version });
    return { cursor, reset: true, covers: page.covers, more: page.next !== null, lastSeq, version: from.version, changes: page.changes };
  }
  const changes: PullResponse['changes'] = {};
  for (const table of TABLE_NAMES) {
    const rows = await readChanged(tx, principal, table, from.version);
    if (rows.length === 0) continue;
    changes[table] = { upserts: rows.filter((r) => r.deletedAt === null).map(toModelRow), deletes: rows.filter((r) => r.deletedAt !== null).map((r) => r.id) };
  }
  return { cursor: encodeCursor({ kind: 'delta', version: org.version }), reset: false, more: false, lastSeq, version: org.version, changes };
}

export async function pullChanges(
  db: Kysely<DB>,
  principal: Principal,
  query: { clientId: string; cursor?: string | undefined },
  limits: PageLimits = DEFAULT_PAGE_LIMITS,
): Promise<PullResponse> {
  return orUnavailable(() =>
    db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((tx) => pullInSnapshot(tx, principal, query.clientId, query.cursor, limits)),
  );
}
