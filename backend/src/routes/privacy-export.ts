/** GET /me/export: a person downloads everything about them as JSON; the export itself is audited. */
import { Hono } from 'hono';
import { recordAudit } from '../audit/audit-log';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { forbidden } from '../http/api-error';
import { exportPerson } from '../privacy/export-person';

export function privacyExportRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().get('/me/export', async (c) => {
    const principal = c.get('principal');
    if (principal.kind !== 'person' || !principal.personId) throw forbidden('only a person signed in as themself can export their data');
    const now = clock();
    const data = await exportPerson(db, principal.orgId, principal.personId);
    await recordAudit(db, { orgId: principal.orgId, actor: principal, action: 'person.exported', target: { type: 'person', id: principal.personId } }, now);
    c.header('content-disposition', `attachment; filename="sightline-export-${principal.personId}.json"`);
    return c.json({ exportedAt: now.toISOString(), ...data });
  });
}
