/**
 * POST /admin/people/csv: the people import from a spreadsheet export (text/csv, columns in
 * people/csv-people.ts); `?dryRun=true` answers what would change and writes nothing.
 */
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { HttpError, describeIssues } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readDryRun } from '../http/dry-run';
import { csvIssue, csvToImport, parsePeopleCsv } from '../people/csv-people';
import { importPeople } from '../people/import-people';

export function peopleCsvRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().post('/people/csv', limitBody(BODY_LIMITS.import), async (c) => {
    const principal = c.get('principal');
    const dryRun = readDryRun(c);
    const csv = parsePeopleCsv(await c.req.text());
    const payload = await csvToImport(db, principal.orgId, csv);
    try {
      return c.json(await importPeople(db, principal.orgId, payload, clock(), principal.role, { dryRun, audit: { actor: principal, source: 'csv' } }));
    } catch (error) {
      // The import names persons.3.managerId; the person who wrote the file knows row 5, manager_email.
      if (!(error instanceof HttpError) || !error.details.issues) throw error;
      const named = error.details.issues.map((i) => csvIssue(i, csv.rows));
      throw new HttpError(error.status, error.code, `the CSV cannot be imported: ${describeIssues(named)}`, { issues: named });
    }
  });
}
