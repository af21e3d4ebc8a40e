/**
 * GET/PUT /admin/retention: how long the org keeps private notes (private feedback, seen by
 * its author alone). `privateNoteDays: null` keeps them; a number has the periodic upkeep
 * (maintenance/purge-private-notes.ts) delete older ones.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';

export const RetentionSettings = z.strictObject({
  privateNoteDays: z.int().min(1).max(36_500).nullable(),
});

export function retentionRoutes({ db }: Database, clock: () => Date) {
  const read = async (orgId: string) => {
    const org = await db.selectFrom('orgs').select('privateNoteRetentionDays').where('id', '=', orgId).executeTakeFirstOrThrow();
    return { privateNoteDays: org.privateNoteRetentionDays };
  };
  return new Hono<AuthEnv>()
    .get('/retention', async (c) => c.json(await read(c.get('principal').orgId)))
    .put('/retention', limitBody(BODY_LIMITS.default), async (c) => {
      const principal = c.get('principal');
      const { privateNoteDays } = await readJson(c, RetentionSettings);
      const before = await read(principal.orgId);
      await db.transaction().execute(async (tx) => {
        await tx.updateTable('orgs').set({ privateNoteRetentionDays: privateNoteDays }).where('id', '=', principal.orgId).execute();
        await recordAudit(tx, { orgId: principal.orgId, actor: principal, action: 'retention.changed', details: { privateNoteDays: { from: before.privateNoteDays, to: privateNoteDays } } }, clock());
      });
      return c.json({ privateNoteDays });
    });
}
