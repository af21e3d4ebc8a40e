/**
 * GET /sync/first-view?q=<JSON list of widget queries>: the visible rows those queries read,
 * so a page paints its widgets in one request, before the store and sync engine load. The
 * answer depends on the token, so caches keep it per browser only and revalidate it by ETag.
 */
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { FirstViewRequest } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { HttpError, formatPath } from '../http/api-error';
import { readFirstView } from '../sync/first-view';

const invalidQuery = (issues: Array<{ path: string; message: string }>) =>
  new HttpError(400, 'invalid_query', `the request is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });

function parseRequest(text: string | undefined): FirstViewRequest {
  if (text === undefined) throw invalidQuery([{ path: 'q', message: 'is required: a JSON list of queries' }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidQuery([{ path: 'q', message: 'is not valid JSON' }]);
  }
  const parsed = FirstViewRequest.safeParse(json);
  if (!parsed.success) throw invalidQuery(parsed.error.issues.map((i) => ({ path: formatPath(['q', ...i.path]), message: i.message })));
  return parsed.data;
}

export function firstViewRoutes({ db }: Database) {
  return new Hono<AuthEnv>().get('/first-view', etag(), async (c) => {
    const request = parseRequest(c.req.query('q'));
    const view = await readFirstView(db, c.get('principal'), request);
    c.header('cache-control', 'private, no-cache');
    c.header('vary', 'authorization');
    return c.json(view);
  });
}
