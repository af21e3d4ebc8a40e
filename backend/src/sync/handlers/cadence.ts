/** cadence.set: people admins and admins set the org's check-in cadence (one row per org, replaced). */
import { orgCadenceId } from '@sightline/sdk/model';
import { actingPerson, requireAdmin } from '../access';
import { reject } from '../rejection';
import { findRow, insertRow, updateRow } from '../rows';
import type { Handler } from './context';

const setCadence: Handler<'cadence.set'> = async (ctx, args) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'set the check-in cadence');
  if (args.id !== orgCadenceId(ctx.orgId)) reject(`id: must be orgCadenceId(orgId), ${orgCadenceId(ctx.orgId)}: one cadence per org`);
  if (await findRow(ctx, 'checkInCadences', args.id)) await updateRow(ctx, 'checkInCadences', args.id, args);
  else await insertRow(ctx, 'checkInCadences', args);
};

export const cadenceHandlers = { 'cadence.set': setCadence };
