/**
 * Which applied mutations become webhook events, and the outbox write that queues them in the
 * mutation's own transaction (savepoint included: a rejected mutation queues nothing).
 *
 * The rule for what leaves the org: an event carries only what every member of the org may
 * see. Feedback is sent only when its visibility is org (recognition); a goal's status change
 * only for an org-visible goal; a check-in's content is for the person and their managers, so
 * its event says who submitted for which week and nothing more.
 */
import { sql } from 'kysely';
import { uuidv7, type MutationArgs, type MutationName } from '@sightline/sdk/model';
import type { WebhookEventType } from '../db/integrations-schema';
import type { HandlerContext } from '../sync/handlers/context';

/**
 * The event types some enabled endpoint of the org subscribes to, read once per transaction:
 * a set-based push of 100 mutations must not cost 100 outbox statements when nobody listens.
 */
const subscribedIn = new WeakMap<object, Promise<Set<string>>>();
function subscribed(ctx: HandlerContext): Promise<Set<string>> {
  let types = subscribedIn.get(ctx.tx);
  if (!types) {
    types = sql<{ type: string }>`select distinct jsonb_array_elements_text(events) as type from webhook_endpoints
      where org_id = ${ctx.orgId} and disabled_at is null`
      .execute(ctx.tx)
      .then(({ rows }) => new Set(rows.map((r) => r.type)));
    subscribedIn.set(ctx.tx, types);
  }
  return types;
}

/** Queues one delivery per enabled endpoint of the org that subscribes to `type`. */
export async function queueEvent(ctx: HandlerContext, type: WebhookEventType, data: Record<string, unknown>): Promise<void> {
  if (!(await subscribed(ctx)).has(type)) return;
  const payload = JSON.stringify({ id: uuidv7(), type, orgId: ctx.orgId, createdAt: ctx.now, data });
  await sql`
    insert into webhook_deliveries (org_id, id, endpoint_id, event_type, payload, status, next_attempt_at)
    select org_id, gen_random_uuid(), id, ${type}, ${payload}::jsonb, 'pending', ${ctx.now}
    from webhook_endpoints
    where org_id = ${ctx.orgId} and disabled_at is null and events @> ${JSON.stringify([type])}::jsonb`.execute(ctx.tx);
}

const goalState = (ctx: HandlerContext, id: string) =>
  ctx.tx.selectFrom('goals').select(['status', 'visibility', 'title', 'ownerId', 'teamId']).where('orgId', '=', ctx.orgId).where('id', '=', id).executeTakeFirst();

/**
 * Called before a mutation's handler (to see the state it changes); the returned function is
 * called after the handler succeeds and queues the events.
 */
export async function webhookEventsOf(ctx: HandlerContext, name: MutationName, args: unknown): Promise<() => Promise<void>> {
  if (name === 'feedback.create') {
    const f = args as MutationArgs<'feedback.create'>;
    if (f.visibility !== 'org') return async () => undefined;
    return () => queueEvent(ctx, 'feedback.created', { id: f.id, authorId: ctx.principal.personId, subjectId: f.subjectId, kind: f.kind, body: f.body, goalId: f.goalId, skillIds: f.skillIds, createdAt: f.createdAt });
  }
  if (name === 'checkin.submit') {
    const c = args as MutationArgs<'checkin.submit'>;
    return () => queueEvent(ctx, 'checkin.submitted', { id: c.id, personId: c.personId, week: c.week, submittedAt: c.submittedAt });
  }
  if (name === 'goal.update' && (args as MutationArgs<'goal.update'>).patch.status !== undefined && (await subscribed(ctx)).has('goal.status_changed')) {
    const { id } = args as MutationArgs<'goal.update'>;
    const before = await goalState(ctx, id);
    return async () => {
      const after = await goalState(ctx, id);
      if (!before || !after || after.status === before.status || after.visibility !== 'org') return;
      await queueEvent(ctx, 'goal.status_changed', { id, title: after.title, ownerId: after.ownerId, teamId: after.teamId, from: before.status, to: after.status });
    };
  }
  return async () => undefined;
}
