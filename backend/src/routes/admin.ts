/** POST /admin/people: people admins and admins upsert teams and people (an HRIS export, a CSV). */
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate';
import { isAdminLike } from '../auth/principal';
import type { Database } from '../db/database';
import { forbidden } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';
import { importPeople } from '../people/import-people';
import { PeopleImport } from '../people/people-payload';

export function adminRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().post('/people', limitBody(BODY_LIMITS.import), async (c) => {
    const principal = c.get('principal');
    if (!isAdminLike(principal.role) || (!principal.personId && !principal.scopes?.includes('people:import')))
      throw forbidden('only people admins, admins and integration keys scoped to people:import may import people');
    const payload = await readJson(c, PeopleImport);
    return c.json(await importPeople(db, principal.orgId, payload, clock(), principal.role));
  });
}
