/**
 * Access epochs: per person, the org version at which what they may see last changed. A pull
 * whose cursor is older than its person's epoch resets; everyone else keeps pulling deltas.
 * Writers that change who may see what (people import, goal re-scoping) bump exactly the
 * people whose view changed, in the same transaction and at the same version as the change.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../db/schema';

const CHUNK = 1000;

/** Stamps `version` as the access epoch of each listed person (ids of this org). */
export async function bumpAccessEpochs(tx: Kysely<DB>, orgId: string, version: number, personIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(personIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = ids.slice(i, i + CHUNK).map((id) => sql`(${orgId}::uuid, ${id}::uuid, ${version}::bigint)`);
    await sql`insert into access_epochs (org_id, person_id, version) values ${sql.join(rows)}
      on conflict (org_id, person_id) do update set version = greatest(access_epochs.version, excluded.version)`.execute(tx);
  }
}

/** Stamps `version` on everyone the subquery `people` (one column of person ids) names. */
export async function bumpAccessEpochsOf(tx: Kysely<DB>, orgId: string, version: number, people: RawBuilder<unknown>): Promise<void> {
  await sql`insert into access_epochs (org_id, person_id, version)
      select distinct ${orgId}::uuid, affected.id, ${version}::bigint from ${people} as affected(id)
    on conflict (org_id, person_id) do update set version = greatest(access_epochs.version, excluded.version)`.execute(tx);
}

/** The person's epoch; 0 when their access never changed. */
export async function readAccessEpoch(db: Kysely<DB>, orgId: string, personId: string): Promise<number> {
  const { rows } = await sql<{ version: string | number }>`select version from access_epochs where org_id = ${orgId} and person_id = ${personId}`.execute(db);
  return rows[0] ? Number(rows[0].version) : 0;
}
