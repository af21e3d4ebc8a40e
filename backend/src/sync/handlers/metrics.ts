/** metric.create / metric.update (goal editors) and metric.record (the people doing the work, or an integration key). */
import { MetricFields, type Goal } from '@sightline/sdk/model';
import { actingPerson, canEditGoal, isTeamMember, requireGoalEditor } from '../access';
import { logChanges } from '../change-log';
import { reject, rejectIssues } from '../rejection';
import { fieldsOf, findLiveRow, insertRow, updateRow } from '../rows';
import type { Handler, HandlerContext } from './context';

const createMetric: Handler<'metric.create'> = async (ctx, args) => {
  actingPerson(ctx);
  await requireGoalEditor(ctx, await findLiveRow(ctx, 'goals', args.goalId, 'goalId'));
  await insertRow(ctx, 'metrics', args);
};

const updateMetric: Handler<'metric.update'> = async (ctx, { id, patch }) => {
  actingPerson(ctx);
  const current = fieldsOf(await findLiveRow(ctx, 'metrics', id, 'id'));
  await requireGoalEditor(ctx, await findLiveRow(ctx, 'goals', current.goalId, 'goalId'));
  const merged = MetricFields.safeParse({ ...current, ...patch });
  if (!merged.success) rejectIssues(merged.error, 'patch');
  await updateRow(ctx, 'metrics', id, merged.data);
  await logChanges(ctx, 'metric', id, current, merged.data);
};

/** The goal's owner, its team's members, its editors, or an integration key. */
async function mayRecord(ctx: HandlerContext, goal: Goal): Promise<boolean> {
  if (ctx.principal.kind === 'integration') return true;
  const me = actingPerson(ctx);
  if (goal.ownerId === me) return true;
  if (goal.teamId && (await isTeamMember(ctx, me, goal.teamId))) return true;
  return canEditGoal(ctx, goal);
}

/** Whether a live value of the metric already came from this piece of work (set-apply.ts applies keyed records alone, so the database is up to date). */
async function isRecorded(ctx: HandlerContext, metricId: string, recordKey: string): Promise<boolean> {
  const found = await ctx.tx
    .selectFrom('metricValues')
    .select('id')
    .where('orgId', '=', ctx.orgId)
    .where('metricId', '=', metricId)
    .where('recordKey', '=', recordKey)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return found !== undefined;
}

const recordValue: Handler<'metric.record'> = async (ctx, args) => {
  const metric = await findLiveRow(ctx, 'metrics', args.metricId, 'metricId');
  const goal = await findLiveRow(ctx, 'goals', metric.goalId, 'metricId');
  if (!(await mayRecord(ctx, goal))) reject(`you may not record values for metric ${metric.id}`);
  if (args.recordKey !== null && (await isRecorded(ctx, metric.id, args.recordKey)))
    reject(`recordKey: ${args.recordKey} is already recorded on metric ${metric.id}`);
  await insertRow(ctx, 'metricValues', { ...args, recordedBy: ctx.principal.personId });
};

export const metricHandlers = {
  'metric.create': createMetric,
  'metric.update': updateMetric,
  'metric.record': recordValue,
};
