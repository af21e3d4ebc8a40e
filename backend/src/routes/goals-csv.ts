/**
 * POST /goals/import: goals and KPIs from a spreadsheet (text/csv, columns in
 * goals-import/goals-csv.ts), applied atomically as the caller; `?dryRun=true` answers exactly
 * what would be created and updated, row by row, and writes nothing.
 */
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readDryRun } from '../http/dry-run';
import { parseGoalsCsv, planGoalImport } from '../goals-import/goals-csv';
import { importGoals } from '../goals-import/import-goals';

export function goalsCsvRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().post('/goals/import', limitBody(BODY_LIMITS.import), async (c) => {
    const principal = c.get('principal');
    const dryRun = readDryRun(c);
    const plan = await planGoalImport(db, principal.orgId, parseGoalsCsv(await c.req.text()));
    return c.json(await importGoals(db, principal, plan, clock(), dryRun));
  });
}
