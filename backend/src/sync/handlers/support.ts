/**
 * support.decide: the manager chain (or a people admin) records what they will do about a
 * check-in's barrier. One decision per check-in, revisable: a later decision replaces it.
 */
import { actingPerson, isAdmin, manages } from '../access';
import { reject } from '../rejection';
import { findLiveRow, findRow, insertRow, updateRow } from '../rows';
import type { Handler } from './context';

const decideSupport: Handler<'support.decide'> = async (ctx, args) => {
  const me = actingPerson(ctx);
  const checkIn = await findLiveRow(ctx, 'checkIns', args.checkInId, 'checkInId');
  if (checkIn.personId !== args.personId) reject(`personId: check-in ${checkIn.id} is person ${checkIn.personId}'s`);
  if (!isAdmin(ctx) && !(await manages(ctx, me, checkIn.personId)))
    reject(`personId: only the manager chain of person ${checkIn.personId} and people admins decide on their support`);
  if (!checkIn.barriers && !checkIn.supportNeeded) reject(`checkInId: check-in ${checkIn.id} names no barrier or support need to decide on`);
  const row = { ...args, decidedBy: me };
  if (await findRow(ctx, 'supportDecisions', args.id)) await updateRow(ctx, 'supportDecisions', args.id, row);
  else await insertRow(ctx, 'supportDecisions', row);
};

export const supportHandlers = { 'support.decide': decideSupport };
