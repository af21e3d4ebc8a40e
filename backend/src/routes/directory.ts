/** GET /v1/directory: the people beyond a client's synced working set, a page at a time. */
import { Hono } from 'hono';
import { DirectoryQuery } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { searchDirectory } from '../directory/search-directory';
import { invalidBody } from '../http/api-error';

export function directoryRoutes({ db }: Database) {
  return new Hono<AuthEnv>().get('/', async (c) => {
    const query = DirectoryQuery.safeParse(c.req.query());
    if (!query.success) throw invalidBody(query.error);
    return c.json(await searchDirectory(db, c.get('principal'), query.data));
  });
}
