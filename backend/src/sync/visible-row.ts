/** Whether one live row is visible to a viewer: the pull predicate, asked about a single id. */
import type { Kysely } from 'kysely';
import type { TableName } from '@sightline/sdk/model';
import { visibleTo, type Viewer } from './visibility';

type Row = { id: string; orgId: string; deletedAt: string | null };

export async function isVisibleRow(db: Kysely<any>, viewer: Viewer, table: TableName, id: string): Promise<boolean> {
  // The table is chosen at run time; Kysely cannot type that.
  const row = await (db as Kysely<Record<string, Row>>)
    .selectFrom(`${table} as t`)
    .select('t.id')
    .where('t.orgId', '=', viewer.orgId)
    .where('t.id', '=', id)
    .where('t.deletedAt', 'is', null)
    .where(visibleTo(viewer, table))
    .executeTakeFirst();
  return row !== undefined;
}
