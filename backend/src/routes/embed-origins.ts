/** GET/PUT /admin/embed-origins: admins list and replace the origins whose pages may use the org's embed tokens. */
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/authenticate';
import { EmbedOrigins, listEmbedOrigins, saveEmbedOrigins } from '../auth/embed-origins';
import type { Database } from '../db/database';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';

export function embedOriginRoutes({ db }: Database) {
  return new Hono<AuthEnv>()
    .get('/embed-origins', async (c) => c.json({ origins: await listEmbedOrigins(db, c.get('principal').orgId) }))
    .put('/embed-origins', limitBody(BODY_LIMITS.default), async (c) => {
      const { origins } = await readJson(c, EmbedOrigins);
      return c.json({ origins: await saveEmbedOrigins(db, c.get('principal').orgId, origins) });
    });
}
