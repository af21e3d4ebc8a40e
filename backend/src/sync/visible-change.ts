/**
 * Did the change stamped `version` touch any row the viewer may see, or (when it changed access)
 * move the viewer's access epoch, so they must pull and reset? One indexed probe per table.
 */
import { sql, type Kysely } from 'kysely';
import { TABLES, TABLE_NAMES } from '@sightline/sdk/model';
import type { DB } from '../db/schema';
import { visibleTo, type Viewer } from './visibility';

export async function seesChangeAt(db: Kysely<DB>, viewer: Viewer, version: number, accessChanged = false): Promise<boolean> {
  const probes = TABLE_NAMES.map(
    (table) => sql`exists (select 1 from ${sql.raw(TABLES[table].sql)} t
      where t.org_id = ${viewer.orgId} and t.version = ${version} and ${visibleTo(viewer, table)})`,
  );
  if (accessChanged && viewer.personId !== null)
    probes.push(sql`exists (select 1 from access_epochs where org_id = ${viewer.orgId} and person_id = ${viewer.personId} and version = ${version})`);
  const { rows } = await sql<{ seen: boolean }>`select ${sql.join(probes, sql` or `)} as seen`.execute(db);
  return rows[0]?.seen ?? false;
}
