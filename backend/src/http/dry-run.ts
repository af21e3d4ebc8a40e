/** `?dryRun=true` on a writing route: check and report, write nothing. Anything but true/false is a 422 naming it. */
import type { Context } from 'hono';
import { HttpError } from './api-error';

export function readDryRun(c: Context): boolean {
  const value = c.req.query('dryRun');
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  const issue = { path: 'dryRun', message: 'must be true or false' };
  throw new HttpError(422, 'invalid_query', `the query is invalid: dryRun: ${issue.message}`, { issues: [issue] });
}
