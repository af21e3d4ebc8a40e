/**
 * The live (not deleted) rows of one synced table that a viewer may see, as a query to narrow
 * further, aliased `t`. Resets, the first view, single-row checks and read routes start here,
 * so none of them can forget the org, the tombstones or `visibleTo`.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { TableName } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { visibleTo, type Viewer } from './visibility';

/** A row of a table chosen at run time: only the columns every synced table has are known. */
export type AnyLiveRow = Record<string, unknown> & { id: string; orgId: string; deletedAt: string | null };

/** For a table chosen at run time (resets, single-row checks), which Kysely cannot type. */
export function liveVisibleRowsOf(db: Kysely<DB>, viewer: Viewer, table: TableName): SelectQueryBuilder<{ t: AnyLiveRow }, 't', {}> {
  return (db as unknown as Kysely<{ [table: string]: AnyLiveRow }>)
    .selectFrom(`${table} as t` as 'rows as t')
    .where('t.orgId', '=', viewer.orgId)
    .where('t.deletedAt', 'is', null)
    .where(visibleTo(viewer, table));
}

/** For a table named in the code: typed as that table. */
export function liveVisibleRows<T extends TableName>(db: Kysely<DB>, viewer: Viewer, table: T): SelectQueryBuilder<{ t: DB[T] }, 't', {}> {
  return liveVisibleRowsOf(db, viewer, table) as unknown as SelectQueryBuilder<{ t: DB[T] }, 't', {}>;
}
