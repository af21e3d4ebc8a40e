/** cycle.create and team.create: org structure, kept to people admins and admins. */
import { actingPerson, requireAdmin } from '../access';
import { findActivePerson, findLiveRow, insertRow } from '../rows';
import type { Handler } from './context';

const createCycle: Handler<'cycle.create'> = async (ctx, args) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'create cycles');
  await insertRow(ctx, 'cycles', args);
};

const createTeam: Handler<'team.create'> = async (ctx, args) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'create teams');
  if (args.parentTeamId) await findLiveRow(ctx, 'teams', args.parentTeamId, 'parentTeamId');
  if (args.leadId) await findActivePerson(ctx, args.leadId, 'leadId');
  await insertRow(ctx, 'teams', args);
};

export const orgHandlers = {
  'cycle.create': createCycle,
  'team.create': createTeam,
};
