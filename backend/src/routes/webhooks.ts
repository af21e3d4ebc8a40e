/**
 * Admin-managed webhook endpoints: POST /admin/webhooks registers one (the signing secret is in
 * this answer only), GET lists them, DELETE disables one (its log stays), and
 * GET /admin/webhooks/:id/deliveries is the delivery log with every attempt.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { uuidv7 } from '@sightline/sdk/model';
import { recordAudit } from '../audit/audit-log';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { WEBHOOK_EVENTS } from '../db/integrations-schema';
import { HttpError, describeIssues, forbidden, notFound } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';
import { newWebhookSecret } from '../webhooks/signature';
import { PUBLIC_TARGETS_ONLY, refusedHost, type WebhookTargetPolicy } from '../webhooks/target-policy';

export const WebhookEndpointInput = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).max(2000),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length).refine((e) => new Set(e).size === e.length, 'must not repeat an event'),
});

const SUMMARY = ['id', 'url', 'events', 'createdAt', 'disabledAt'] as const;

function adminOf(c: Context<AuthEnv>) {
  const principal = c.get('principal');
  if (principal.role !== 'admin' || !principal.personId) throw forbidden('only admins manage webhooks');
  return { orgId: principal.orgId, personId: principal.personId };
}

export function webhookRoutes({ db }: Database, clock: () => Date, targets: WebhookTargetPolicy = PUBLIC_TARGETS_ONLY) {
  const endpointOf = async (orgId: string, id: string) => {
    const row = z.uuid().safeParse(id).success ? await db.selectFrom('webhookEndpoints').select(SUMMARY).where('orgId', '=', orgId).where('id', '=', id).executeTakeFirst() : undefined;
    if (!row) throw notFound(`no webhook endpoint ${id}`);
    return row;
  };

  return new Hono<AuthEnv>()
    .post('/webhooks', limitBody(BODY_LIMITS.default), async (c) => {
      const { orgId, personId } = adminOf(c);
      const input = await readJson(c, WebhookEndpointInput);
      const refused = targets.allowPrivate ? null : refusedHost(new URL(input.url));
      if (refused) {
        const issue = { path: 'url', message: `${refused}; webhooks go to public addresses only` };
        throw new HttpError(422, 'invalid_body', `the request is invalid: ${describeIssues([issue])}`, { issues: [issue] });
      }
      const endpoint = { orgId, id: uuidv7(), url: input.url, secret: newWebhookSecret(), createdBy: personId, createdAt: clock().toISOString() };
      await db.insertInto('webhookEndpoints').values({ ...endpoint, events: JSON.stringify(input.events) }).execute();
      await recordAudit(db, { orgId, actor: c.get('principal'), action: 'webhook.created', target: { type: 'webhook', id: endpoint.id }, details: { url: input.url, events: input.events } });
      const { orgId: _o, createdBy: _c, ...shown } = endpoint;
      return c.json({ ...shown, events: input.events, disabledAt: null }, 201);
    })
    .get('/webhooks', async (c) => {
      const { orgId } = adminOf(c);
      return c.json({ endpoints: await db.selectFrom('webhookEndpoints').select(SUMMARY).where('orgId', '=', orgId).orderBy('createdAt').execute() });
    })
    .delete('/webhooks/:id', async (c) => {
      const { orgId } = adminOf(c);
      const endpoint = await endpointOf(orgId, c.req.param('id'));
      if (!endpoint.disabledAt) {
        await db.updateTable('webhookEndpoints').set({ disabledAt: clock().toISOString() }).where('orgId', '=', orgId).where('id', '=', endpoint.id).execute();
        await recordAudit(db, { orgId, actor: c.get('principal'), action: 'webhook.disabled', target: { type: 'webhook', id: endpoint.id } });
      }
      return c.body(null, 204);
    })
    .get('/webhooks/:id/deliveries', async (c) => {
      const { orgId } = adminOf(c);
      const endpoint = await endpointOf(orgId, c.req.param('id'));
      const deliveries = await db
        .selectFrom('webhookDeliveries')
        .select(['id', 'eventType', 'payload', 'status', 'attempts', 'nextAttemptAt', 'createdAt'])
        .where('orgId', '=', orgId)
        .where('endpointId', '=', endpoint.id)
        .orderBy('createdAt', 'desc')
        .limit(100)
        .execute();
      const attempts = deliveries.length
        ? await db
            .selectFrom('webhookAttempts')
            .select(['deliveryId', 'attempt', 'at', 'statusCode', 'error'])
            .where('orgId', '=', orgId)
            .where('deliveryId', 'in', deliveries.map((d) => d.id))
            .orderBy('attempt')
            .execute()
        : [];
      return c.json({
        deliveries: deliveries.map((d) => ({ ...d, log: attempts.filter((a) => a.deliveryId === d.id).map(({ deliveryId: _d, ...a }) => a) })),
      });
    });
}
