/** GET /me: who the token acts as, with their person row and org. */
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { toModelRow } from '../db/row-codec';

export function meRoutes({ db }: Database) {
  return new Hono<AuthEnv>().get('/me', async (c) => {
    const { orgId, personId, role, kind } = c.get('principal');
    const org = await db.selectFrom('orgs').select(['id', 'name', 'slug']).where('id', '=', orgId).executeTakeFirstOrThrow();
    const person = personId
      ? await db.selectFrom('persons').selectAll().where('orgId', '=', orgId).where('id', '=', personId).executeTakeFirst()
      : undefined;
    return c.json({ principal: { kind, role, orgId, personId }, person: person ? toModelRow(person) : null, org });
  });
}
