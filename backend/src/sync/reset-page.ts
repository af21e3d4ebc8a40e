/**
 * One page of a reset: the live visible rows of the synced tables in (table, id) order, from a
 * position on, bounded in rows and bytes so neither side ever holds a whole org. Each page is
 * read in its own snapshot; the reset's cursor ends at the version it began at, so the delta
 * pull that follows brings every change made while the pages were read.
 */
import type { Kysely } from 'kysely';
import { TABLE_NAMES, type IdRange, type PullResponse, type TableName } from '@sightline/sdk/model';
import type { Principal } from '../auth/principal';
import { toModelRow } from '../db/row-codec';
import type { DB } from '../db/schema';
import { liveVisibleRowsOf } from './live-visible-rows';

export interface PageLimits {
  /** Rows per page (at least 1). */
  maxRows: number;
  /** Bytes of row JSON per page; a single larger row still goes, alone. */
  maxBytes: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = { maxRows: 2000, maxBytes: 1_000_000 };

export interface ResetPosition {
  table: TableName;
  afterId: string | null;
}

export interface ResetPage {
  changes: PullResponse['changes'];
  covers: Partial<Record<TableName, IdRange>>;
  /** Where the next page starts; null when this page ends the reset. */
  next: ResetPosition | null;
}

type StoredRow = Record<string, unknown> & { id: string };

async function readLive(tx: Kysely<DB>, principal: Principal, table: TableName, afterId: string | null, limit: number): Promise<StoredRow[]> {
  const query = liveVisibleRowsOf(tx, principal, table)
    .selectAll('t')
    .$if(afterId !== null, (q) => q.where('t.id', '>', afterId!));
  return (await query.orderBy('t.id').limit(limit).execute()) as StoredRow[];
}

export async function readResetPage(tx: Kysely<DB>, principal: Principal, from: ResetPosition, limits: PageLimits): Promise<ResetPage> {
  const page: ResetPage = { changes: {}, covers: {}, next: null };
  let rows = 0;
  let bytes = 0;
  for (let t = TABLE_NAMES.indexOf(from.table); t < TABLE_NAMES.length; t++) {
    const table = TABLE_NAMES[t]!;
    const after = table === from.table ? from.afterId : null;
    const room = limits.maxRows - rows;
    if (room === 0) return { ...page, next: { table, afterId: after } };
    const read = await readLive(tx, principal, table, after, room);
    const upserts: Array<Record<string, unknown>> = [];
    for (const row of read) {
      const model = toModelRow(row);
      const size = Buffer.byteLength(JSON.stringify(model));
      if (rows > 0 && bytes + size > limits.maxBytes) break;
      upserts.push(model);
      rows++;
      bytes += size;
    }
    const upTo = upserts.length > 0 ? (upserts.at(-1)!.id as string) : after;
    // A full read may have more behind it; a byte cut certainly has.
    const complete = read.length < room && upserts.length === read.length;
    if (upserts.length > 0 || complete) {
      page.changes[table] = { upserts, deletes: [] };
      page.covers[table] = { after, upTo: complete ? null : upTo };
    }
    if (!complete) return { ...page, next: { table, afterId: upTo } };
  }
  return page;
}
