/** cycle.create|update and team.create|update: org structure, kept to people admins and admins. */
import { CycleFields, TeamFields } from '@sightline/sdk/model';
import { actingPerson, requireAdmin } from '../access';
import { bumpAccessEpochs } from '../access-epochs';
import { refuseParentLoop } from '../parent-links';
import { rejectIssues } from '../rejection';
import { fieldsOf, findActivePerson, findLiveRow, insertRow, updateRow, type RowFields } from '../rows';
import type { Handler, HandlerContext } from './context';

const createCycle: Handler<'cycle.create'> = async (ctx, args) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'create cycles');
  await insertRow(ctx, 'cycles', args);
};

const updateCycle: Handler<'cycle.update'> = async (ctx, { id, patch }) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'change cycles');
  const merged = CycleFields.safeParse({ ...fieldsOf(await findLiveRow(ctx, 'cycles', id, 'id')), ...patch });
  if (!merged.success) rejectIssues(merged.error, 'patch');
  await updateRow(ctx, 'cycles', id, merged.data);
};

async function checkTeamReferences(ctx: HandlerContext, team: RowFields<'teams'>): Promise<void> {
  if (team.parentTeamId) {
    await findLiveRow(ctx, 'teams', team.parentTeamId, 'parentTeamId');
    await refuseParentLoop(ctx, 'teams', team.id, team.parentTeamId, 'parentTeamId');
  }
  if (team.leadId) await findActivePerson(ctx, team.leadId, 'leadId');
}

const createTeam: Handler<'team.create'> = async (ctx, args) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'create teams');
  await checkTeamReferences(ctx, args);
  await insertRow(ctx, 'teams', args);
};

const updateTeam: Handler<'team.update'> = async (ctx, { id, patch }) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'change teams');
  const current = fieldsOf(await findLiveRow(ctx, 'teams', id, 'id'));
  const merged = TeamFields.safeParse({ ...current, ...patch });
  if (!merged.success) rejectIssues(merged.error, 'patch');
  const next = merged.data;
  await checkTeamReferences(ctx, next);
  // A team's lead sees its team-visible goals (visibility.ts): the old and the new lead reset,
  // nobody else (a parent team is in no visibility rule; people/changed-views.ts).
  if (next.leadId !== current.leadId) {
    ctx.aclChanged = true;
    await bumpAccessEpochs(ctx.tx, ctx.orgId, ctx.version, [current.leadId, next.leadId].filter((id): id is string => id !== null));
  }
  await updateRow(ctx, 'teams', id, next);
};

export const orgHandlers = {
  'cycle.create': createCycle,
  'cycle.update': updateCycle,
  'team.create': createTeam,
  'team.update': updateTeam,
};
