/** Whether one live row is visible to a viewer: the pull predicate, asked about a single id. */
import type { Kysely } from 'kysely';
import type { TableName } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { liveVisibleRowsOf } from './live-visible-rows';
import type { Viewer } from './visibility';

export async function isVisibleRow(db: Kysely<DB>, viewer: Viewer, table: TableName, id: string): Promise<boolean> {
  const row = await liveVisibleRowsOf(db, viewer, table).select('t.id').where('t.id', '=', id).executeTakeFirst();
  return row !== undefined;
}
