/**
 * POST /admin/people/:personId/erase: people admins and admins erase a person (only an admin
 * erases an admin). The body repeats the person's email as confirmation; `?dryRun=true` counts
 * what would change and writes nothing.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { notFound } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readDryRun } from '../http/dry-run';
import { readJson } from '../http/json-body';
import { erasePerson } from '../privacy/erase-person';

export const ErasureRequest = z.strictObject({
  confirmEmail: z.string().min(1).max(320),
});

export function privacyEraseRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().post('/people/:personId/erase', limitBody(BODY_LIMITS.default), async (c) => {
    const principal = c.get('principal');
    const personId = c.req.param('personId');
    if (!z.uuid().safeParse(personId).success) throw notFound(`no person ${personId} in this org`);
    const dryRun = readDryRun(c);
    const { confirmEmail } = await readJson(c, ErasureRequest);
    return c.json(await erasePerson(db, principal.orgId, personId, { confirmEmail, actor: principal, dryRun }, clock()));
  });
}
