/**
 * skillGap.raise and skillGap.setStatus: a gap is raised from evidence the raiser may see, by
 * the person themself, their manager chain or admins.
 */
import type { MutationArgs } from '@sightline/sdk/model';
import { actingPerson, actsFor, isAdmin } from '../access';
import { reject } from '../rejection';
import { findActivePerson, findLiveRow, insertRow, updateRow } from '../rows';
import { isVisibleRow } from '../visible-row';
import type { Handler, HandlerContext } from './context';

async function requireCoach(ctx: HandlerContext, personId: string): Promise<void> {
  if (!isAdmin(ctx) && !(await actsFor(ctx, personId))) reject(`personId: only person ${personId}, their manager chain and people admins manage their skill gaps`);
}

/** The source must be about the person, and something the raiser may read: coaching feedback or a review. */
async function checkSource(ctx: HandlerContext, gap: MutationArgs<'skillGap.raise'>): Promise<void> {
  const table = gap.source === 'feedback' ? 'feedback' : 'reviews';
  const source = await findLiveRow(ctx, table, gap.sourceId, 'sourceId');
  const visible = await isVisibleRow(ctx.tx, ctx.principal, table, gap.sourceId);
  if (!visible || source.subjectId !== gap.personId) reject(`sourceId: no ${gap.source} about person ${gap.personId} that you may see has id ${gap.sourceId}`);
  if ('kind' in source && gap.source === 'feedback' && source.kind !== 'coaching') reject(`sourceId: feedback ${gap.sourceId} is ${source.kind}, not coaching`);
}

const raiseGap: Handler<'skillGap.raise'> = async (ctx, args) => {
  const me = actingPerson(ctx);
  await findActivePerson(ctx, args.personId, 'personId');
  await requireCoach(ctx, args.personId);
  await findLiveRow(ctx, 'skills', args.skillId, 'skillId');
  await checkSource(ctx, args);
  await insertRow(ctx, 'skillGaps', { ...args, raisedBy: me });
};

const setGapStatus: Handler<'skillGap.setStatus'> = async (ctx, { id, status }) => {
  actingPerson(ctx);
  const gap = await findLiveRow(ctx, 'skillGaps', id, 'id');
  await requireCoach(ctx, gap.personId);
  await updateRow(ctx, 'skillGaps', id, { status });
};

export const skillGapHandlers = { 'skillGap.raise': raiseGap, 'skillGap.setStatus': setGapStatus };
