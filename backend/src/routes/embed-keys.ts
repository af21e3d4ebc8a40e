/**
 * /admin/embed-keys: an org admin registers, lists and deletes the keys the intranet's server
 * signs embed tokens with (docs/embedding.md). Secrets go in and never come back out.
 */
import { Hono } from 'hono';
import { recordAudit } from '../audit/audit-log';
import type { AuthEnv } from '../auth/authenticate';
import { NewEmbedKey, deleteEmbedKey, listEmbedKeys, registerEmbedKey } from '../auth/embed-keys';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/database';
import { forbidden, notFound } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';

/** Who may let another server speak for every person in the org: an admin, in person. */
function orgAdmin(principal: Principal): { orgId: string; personId: string } {
  if (principal.kind !== 'person' || !principal.personId || principal.role !== 'admin') throw forbidden('only org admins may manage embed keys');
  return { orgId: principal.orgId, personId: principal.personId };
}

export function embedKeyRoutes({ db }: Database) {
  return new Hono<AuthEnv>()
    .post('/embed-keys', limitBody(BODY_LIMITS.default), async (c) => {
      const { orgId, personId } = orgAdmin(c.get('principal'));
      const input = await readJson(c, NewEmbedKey);
      const key = await registerEmbedKey(db, orgId, personId, input);
      await recordAudit(db, { orgId, actor: c.get('principal'), action: 'embed_key.created', target: { type: 'embed_key', id: input.kid }, details: { alg: input.alg } });
      return c.json(key, 201);
    })
    .get('/embed-keys', async (c) => {
      const { orgId } = orgAdmin(c.get('principal'));
      return c.json({ keys: await listEmbedKeys(db, orgId) });
    })
    .delete('/embed-keys/:kid', async (c) => {
      const { orgId } = orgAdmin(c.get('principal'));
      const kid = c.req.param('kid');
      if (!(await deleteEmbedKey(db, orgId, kid))) throw notFound(`no embed key ${kid} in this org`);
      await recordAudit(db, { orgId, actor: c.get('principal'), action: 'embed_key.deleted', target: { type: 'embed_key', id: kid } });
      return c.json({ kid, deleted: true });
    });
}
