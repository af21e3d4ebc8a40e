/** checkin.submit: your own weekly check-in; the id is derived from (person, week) so devices converge on one row. */
import { actingPerson } from '../access';
import { reject } from '../rejection';
import { findLiveRow, findRow, insertRow, updateRow } from '../rows';
import type { Handler } from './context';

const submitCheckIn: Handler<'checkin.submit'> = async (ctx, args) => {
  if (args.personId !== actingPerson(ctx)) reject('personId: you may only submit your own check-in');
  for (const [i, g] of args.goals.entries()) await findLiveRow(ctx, 'goals', g.goalId, `goals.${i}.goalId`);
  const existing = await findRow(ctx, 'checkIns', args.id);
  if (!existing) return insertRow(ctx, 'checkIns', args);
  // The id is a hash of (personId, week); a crafted collision must not let one person overwrite another's.
  if (existing.personId !== args.personId || existing.week !== args.week) reject(`id: check-in ${args.id} belongs to someone else`);
  await updateRow(ctx, 'checkIns', args.id, args);
};

export const checkInHandlers = { 'checkin.submit': submitCheckIn };
