/** skill.create (admins and managers) and development actions (the person or their manager chain). */
import { DevelopmentActionFields } from '@sightline/sdk/model';
import { actingPerson, actsFor, isAdmin } from '../access';
import { reject, rejectIssues } from '../rejection';
import { fieldsOf, findActivePerson, findLiveRow, insertRow, updateRow } from '../rows';
import type { Handler, HandlerContext } from './context';

const createSkill: Handler<'skill.create'> = async (ctx, args) => {
  actingPerson(ctx);
  if (!isAdmin(ctx) && ctx.principal.role !== 'manager') reject('only managers, people admins and admins may create skills');
  await insertRow(ctx, 'skills', args);
};

async function checkAction(ctx: HandlerContext, action: { personId: string; skillId: string | null; skillGapId: string | null; goalId: string | null }) {
  if (!(await actsFor(ctx, action.personId))) reject(`personId: you may not plan development for person ${action.personId}`);
  if (action.skillId) await findLiveRow(ctx, 'skills', action.skillId, 'skillId');
  if (action.skillGapId) {
    const gap = await findLiveRow(ctx, 'skillGaps', action.skillGapId, 'skillGapId');
    if (gap.personId !== action.personId) reject(`skillGapId: skill gap ${gap.id} is person ${gap.personId}'s`);
  }
  if (action.goalId) await findLiveRow(ctx, 'goals', action.goalId, 'goalId');
}

const createAction: Handler<'developmentAction.create'> = async (ctx, args) => {
  await findActivePerson(ctx, args.personId, 'personId');
  await checkAction(ctx, args);
  await insertRow(ctx, 'developmentActions', args);
};

const updateAction: Handler<'developmentAction.update'> = async (ctx, { id, patch }) => {
  const current = fieldsOf(await findLiveRow(ctx, 'developmentActions', id, 'id'));
  const merged = DevelopmentActionFields.safeParse({ ...current, ...patch });
  if (!merged.success) rejectIssues(merged.error, 'patch');
  await checkAction(ctx, merged.data);
  await updateRow(ctx, 'developmentActions', id, merged.data);
};

export const growthHandlers = {
  'skill.create': createSkill,
  'developmentAction.create': createAction,
  'developmentAction.update': updateAction,
};
