/** The demo's first person to act as: a manager with reports, so the first screen has something to show. */
import { sql } from 'kysely';
import { issueToken } from '../auth/tokens';
import type { Database } from '../db/database';

export interface DemoLogin {
  token: string;
  person: { id: string; name: string; email: string };
  orgSlug: string;
}

type DemoManager = { orgId: string; orgSlug: string; id: string; name: string; email: string };

/** The first manager (by name) who manages someone in the oldest org; undefined if there is none. */
async function demoManager(database: Database): Promise<DemoManager | undefined> {
  const { rows } = await sql<DemoManager>`
    select p.org_id, o.slug as org_slug, p.id, p.name, p.email
    from persons p join orgs o on o.id = p.org_id
    where p.role = 'manager' and p.active and p.deleted_at is null
      and exists (select 1 from persons r where r.org_id = p.org_id and r.manager_id = p.id)
    order by o.created_at, p.name limit 1`.execute(database.db);
  return rows[0];
}

/** Whom the demo's start banner suggests signing in as (it prints no token). */
export const demoManagerEmail = async (database: Database): Promise<string | null> => (await demoManager(database))?.email ?? null;

/** Issues a token for that manager (benchmarks and tests drive the demo with it); null if there is none. */
export async function demoManagerLogin(database: Database): Promise<DemoLogin | null> {
  const manager = await demoManager(database);
  if (!manager) return null;
  const { token } = await issueToken(database.db, { orgId: manager.orgId, personId: manager.id, kind: 'person', name: 'demo login' });
  return { token, person: { id: manager.id, name: manager.name, email: manager.email }, orgSlug: manager.orgSlug };
}
