/**
 * The history of goal and KPI edits: goal.update and metric.update write one change_log row per
 * edit that changed anything, inside the mutation's savepoint, so a rejected edit leaves none.
 */
import { uuidv7, type FieldChange, type HistoryEntity } from '@sightline/sdk/model';
import { actingPerson } from './access';
import type { HandlerContext } from './handlers/context';

/** Fields whose JSON differs between the two versions of a row, in the order of `after`. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return Object.keys(after)
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}

export async function logChanges(ctx: HandlerContext, entity: HistoryEntity, entityId: string, before: object, after: object): Promise<void> {
  const changes = fieldChanges(before as Record<string, unknown>, after as Record<string, unknown>);
  if (changes.length === 0) return;
  await ctx.tx
    .insertInto('changeLog')
    .values({ orgId: ctx.orgId, id: uuidv7(), entity, entityId, version: ctx.version, changedBy: actingPerson(ctx), changedAt: ctx.now, changes: JSON.stringify(changes) })
    .execute();
}
