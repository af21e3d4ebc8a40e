/** POST /admin/people: people admins and admins upsert teams and people (an HRIS export); `?dryRun=true` shows what would change. */
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readDryRun } from '../http/dry-run';
import { readJson } from '../http/json-body';
import { importPeople } from '../people/import-people';
import { PeopleImport } from '../people/people-payload';

export function adminRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().post('/people', limitBody(BODY_LIMITS.import), async (c) => {
    // People admins, admins and integration keys scoped to people:import: the route table's rule.
    const principal = c.get('principal');
    const dryRun = readDryRun(c);
    const payload = await readJson(c, PeopleImport);
    return c.json(await importPeople(db, principal.orgId, payload, clock(), principal.role, { dryRun, audit: { actor: principal, source: 'json' } }));
  });
}
