/**
 * GET /setup/first-run says whether the first org may be created here; POST creates it and its
 * admin with the one-time setup token (orgs/first-run.ts) and answers the admin's one-time
 * sign-in code. Unauthenticated (the setup token is the credential) and limited per IP. On a
 * server with an org, or started without a first run, GET says `open: false` and POST is a 404.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { Org, PersonFields } from '@sightline/sdk/model';
import type { Database } from '../db/database';
import { notFound, unauthorized } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';
import { createOrgWithAdmin } from '../orgs/create-org-with-admin';
import { hasAnyOrg, type FirstRun } from '../orgs/first-run';

export const FirstRunRequest = z.strictObject({
  setupToken: z.string().min(1).max(200),
  name: Org.shape.name,
  slug: Org.shape.slug,
  adminEmail: PersonFields.shape.email,
  adminName: z.optional(PersonFields.shape.name),
});

const gone = () => notFound('there is no first run on this server: it already has an org, or it was started without a setup token');

export function firstRunRoutes(database: Database, firstRun: FirstRun | null, clock: () => Date) {
  const open = async () => !!firstRun && !firstRun.spent && !(await hasAnyOrg(database.db));
  return new Hono()
    // 200 either way: the sign-in page asks on every visit, and a 404 there would read as a fault.
    .get('/first-run', async (c) => c.json({ open: await open() }))
    .post('/first-run', limitBody(BODY_LIMITS.default), async (c) => {
      const body = await readJson(c, FirstRunRequest);
      if (!firstRun || !(await open())) throw gone();
      if (!firstRun.matches(body.setupToken)) throw unauthorized('the setup token is wrong; it is in the file the server named when it started, or in SIGHTLINE_SETUP_TOKEN');
      if (!firstRun.claim()) throw gone();
      try {
        const created = await createOrgWithAdmin(database, { name: body.name, slug: body.slug, adminEmail: body.adminEmail, ...(body.adminName && { adminName: body.adminName }) }, clock());
        await firstRun.spend();
        return c.json({ org: created.org, admin: created.admin, signIn: created.signIn }, 201);
      } finally {
        firstRun.release();
      }
    });
}
