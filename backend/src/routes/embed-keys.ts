/**
 * /admin/embed-keys: an org admin (the route table's rule) registers, lists and deletes the keys the intranet's server
 * signs embed tokens with (docs/embedding.md). Secrets go in and never come back out.
 */
import { Hono } from 'hono';
import { recordAudit } from '../audit/audit-log';
import type { AuthEnv } from '../auth/authenticate';
import { NewEmbedKey, deleteEmbedKey, listEmbedKeys, registerEmbedKey } from '../auth/embed-keys';
import { actingPerson } from '../auth/principal';
import type { Database } from '../db/database';
import { notFound } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';

export function embedKeyRoutes({ db }: Database) {
  return new Hono<AuthEnv>()
    .post('/embed-keys', limitBody(BODY_LIMITS.default), async (c) => {
      const { orgId, personId } = actingPerson(c.get('principal'));
      const input = await readJson(c, NewEmbedKey);
      const key = await registerEmbedKey(db, orgId, personId, input);
      await recordAudit(db, { orgId, actor: c.get('principal'), action: 'embed_key.created', target: { type: 'embed_key', id: input.kid }, details: { alg: input.alg } });
      return c.json(key, 201);
    })
    .get('/embed-keys', async (c) => {
      const { orgId } = actingPerson(c.get('principal'));
      return c.json({ keys: await listEmbedKeys(db, orgId) });
    })
    .delete('/embed-keys/:kid', async (c) => {
      const { orgId } = actingPerson(c.get('principal'));
      const kid = c.req.param('kid');
      if (!(await deleteEmbedKey(db, orgId, kid))) throw notFound(`no embed key ${kid} in this org`);
      await recordAudit(db, { orgId, actor: c.get('principal'), action: 'embed_key.deleted', target: { type: 'embed_key', id: kid } });
      return c.json({ kid, deleted: true });
    });
}
