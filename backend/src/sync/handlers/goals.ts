/** goal.create / goal.update / goal.delete: the cascade, guarded by who may edit each level. */
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit-log';
import { GoalFields } from '@sightline/sdk/model';
import { actingPerson, requireGoalEditor } from '../access';
import { bumpAccessEpochsOf } from '../access-epochs';
import { goalAudience } from '../goal-audience';
import { logChanges } from '../change-log';
import { refuseParentLoop } from '../parent-links';
import { reject, rejectIssues } from '../rejection';
import { fieldsOf, findActivePerson, findLiveRow, insertRow, tombstoneWhere, updateRow, type RowFields } from '../rows';
import type { Handler, HandlerContext } from './context';

type GoalRow = RowFields<'goals'>;

/** Everything a goal points at must exist in this org, and re-parenting must not close a loop. */
async function checkReferences(ctx: HandlerContext, goal: GoalRow): Promise<void> {
  await findLiveRow(ctx, 'cycles', goal.cycleId, 'cycleId');
  if (goal.ownerId) await findActivePerson(ctx, goal.ownerId, 'ownerId');
  if (goal.teamId) await findLiveRow(ctx, 'teams', goal.teamId, 'teamId');
  if (goal.parentId) {
    const parent = await findLiveRow(ctx, 'goals', goal.parentId, 'parentId');
    // Alignment is within a cycle: a goal rolls up into its own quarter's cascade.
    if (parent.cycleId !== goal.cycleId) reject(`parentId: goal ${parent.id} belongs to cycle ${parent.cycleId}, not ${goal.cycleId}`);
    await refuseParentLoop(ctx, 'goals', goal.id, goal.parentId, 'parentId');
  }
}

const createGoal: Handler<'goal.create'> = async (ctx, args) => {
  actingPerson(ctx);
  await checkReferences(ctx, args);
  await requireGoalEditor(ctx, args);
  await insertRow(ctx, 'goals', args);
};

const updateGoal: Handler<'goal.update'> = async (ctx, { id, patch }) => {
  actingPerson(ctx);
  const current = fieldsOf(await findLiveRow(ctx, 'goals', id, 'id'));
  await requireGoalEditor(ctx, current);
  const merged = GoalFields.safeParse({ ...current, ...patch });
  if (!merged.success) rejectIssues(merged.error, 'patch');
  const next = merged.data;
  await checkReferences(ctx, next);
  // Moving a goal to another team or owner needs edit rights there too.
  await requireGoalEditor(ctx, next);
  if (next.visibility !== current.visibility || next.teamId !== current.teamId || next.ownerId !== current.ownerId) {
    // Those who saw it and those who will: a delta cannot take a goal back, a reset can.
    ctx.aclChanged = true;
    const audience = sql`(select id from ${goalAudience(ctx.orgId, current)} as b(id) union select id from ${goalAudience(ctx.orgId, next)} as a(id))`;
    await bumpAccessEpochsOf(ctx.tx, ctx.orgId, ctx.version, audience);
  }
  await updateRow(ctx, 'goals', id, next);
  await logChanges(ctx, 'goal', id, current, next);
  if (next.visibility !== current.visibility)
    await recordAudit(ctx.tx, { orgId: ctx.orgId, actor: ctx.principal, action: 'goal.visibility_changed', target: { type: 'goal', id }, details: { from: current.visibility, to: next.visibility } }, new Date(ctx.now));
};

/** Tombstones the goal with its metrics and their values; child goals must be moved or deleted first. */
const deleteGoal: Handler<'goal.delete'> = async (ctx, { id }) => {
  actingPerson(ctx);
  const goal = await findLiveRow(ctx, 'goals', id, 'id');
  await requireGoalEditor(ctx, goal);
  const child = await ctx.tx
    .selectFrom('goals')
    .select('id')
    .where('orgId', '=', ctx.orgId)
    .where('parentId', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (child) reject(`goal ${id} still has child goal ${child.id}; delete or move it first`);
  const metrics = await ctx.tx.selectFrom('metrics').select('id').where('orgId', '=', ctx.orgId).where('goalId', '=', id).execute();
  await tombstoneWhere(ctx, 'metricValues', 'metricId', metrics.map((m) => m.id));
  await tombstoneWhere(ctx, 'metrics', 'goalId', [id]);
  await tombstoneWhere(ctx, 'goals', 'id', [id]);
};

export const goalHandlers = {
  'goal.create': createGoal,
  'goal.update': updateGoal,
  'goal.delete': deleteGoal,
};
