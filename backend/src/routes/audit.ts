/** GET /admin/audit: the audit log, newest first, for admins; `before` (an entry's `at`) pages back, `action` narrows. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { forbidden, invalidBody } from '../http/api-error';

export const AuditQuery = z.strictObject({
  before: z.iso.datetime({ offset: true }).optional(),
  action: z.string().regex(/^[a-z_.]{1,60}$/, 'must be an action name such as person.role_changed').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function auditRoutes({ db }: Database) {
  return new Hono<AuthEnv>().get('/audit', async (c) => {
    const principal = c.get('principal');
    if (principal.role !== 'admin' || !principal.personId) throw forbidden('only admins read the audit log');
    const query = AuditQuery.safeParse(c.req.query());
    if (!query.success) throw invalidBody(query.error);
    const { before, action, limit } = query.data;
    let select = db.selectFrom('auditLog').select(['id', 'at', 'actorPersonId', 'actorKey', 'action', 'targetType', 'targetId', 'details']).where('orgId', '=', principal.orgId);
    if (before) select = select.where('at', '<', before);
    if (action) select = select.where('action', '=', action);
    return c.json({ entries: await select.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute() });
  });
}
