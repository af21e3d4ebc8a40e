/**
 * review.save (the reviewer's own draft, then submitted), review.share (the subject's manager
 * chain or people admins show a submitted review to the subject), review.calibrate (people
 * admins) and reviewTemplate.save (people admins and admins set a cycle's questions).
 */
import { questionsFor, type MutationArgs } from '@sightline/sdk/model';
import { actingPerson, isAdmin, manages, requireAdmin } from '../access';
import { reject } from '../rejection';
import { findActivePerson, findLiveRow, findRow, insertRow, updateRow } from '../rows';
import type { Handler, HandlerContext } from './context';

/** Every answer must answer a question of the cycle's template for this kind (or of the defaults). */
async function checkAnswers(ctx: HandlerContext, review: MutationArgs<'review.save'>): Promise<void> {
  const templates = await ctx.tx
    .selectFrom('reviewTemplates')
    .select(['cycleId', 'kind', 'questions'])
    .where('orgId', '=', ctx.orgId)
    .where('cycleId', '=', review.cycleId)
    .where('deletedAt', 'is', null)
    .execute();
  const keys = new Set(questionsFor(templates, review.cycleId, review.kind).map((q) => q.key));
  const seen = new Set<string>();
  review.answers.forEach(({ key }, i) => {
    if (!keys.has(key)) reject(`answers.${i}.key: "${key}" is not a question of the ${review.kind} review template of cycle ${review.cycleId}`);
    if (seen.has(key)) reject(`answers.${i}.key: "${key}" is answered twice`);
    seen.add(key);
  });
}

const saveReview: Handler<'review.save'> = async (ctx, args) => {
  const me = actingPerson(ctx);
  if (args.status === 'shared') reject('status: a review is shared with review.share, by the subject’s manager chain or people admins');
  await findLiveRow(ctx, 'cycles', args.cycleId, 'cycleId');
  await findActivePerson(ctx, args.subjectId, 'subjectId');
  if (args.kind === 'self' && args.subjectId !== me) reject('subjectId: a self review must be about yourself');
  if (args.kind === 'manager' && !(await manages(ctx, me, args.subjectId)))
    reject(`subjectId: you are not in the manager chain of person ${args.subjectId}`);
  if (args.kind === 'peer' && args.subjectId === me) reject('subjectId: a peer review must be about someone else');
  await checkAnswers(ctx, args);

  const existing = await findRow(ctx, 'reviews', args.id);
  if (!existing) return insertRow(ctx, 'reviews', { ...args, reviewerId: me, calibratedRating: null });
  if (existing.reviewerId !== me || existing.deletedAt) reject(`id: review ${args.id} belongs to someone else`);
  for (const field of ['cycleId', 'subjectId', 'kind'] as const)
    if (existing[field] !== args[field]) reject(`${field}: cannot change once the review exists`);
  // Submitted is final: those who read it (the manager chain, people admins) never see it change under them.
  if (existing.status !== 'draft') reject(`status: review ${args.id} is already ${existing.status} and can no longer be edited`);
  await updateRow(ctx, 'reviews', args.id, args);
};

const shareReview: Handler<'review.share'> = async (ctx, { id }) => {
  const me = actingPerson(ctx);
  const review = await findLiveRow(ctx, 'reviews', id, 'id');
  if (!isAdmin(ctx) && !(await manages(ctx, me, review.subjectId)))
    reject(`only the manager chain of person ${review.subjectId} and people admins may share their reviews`);
  if (review.status !== 'submitted') reject(`review ${id} is ${review.status}; only a submitted review can be shared`);
  await updateRow(ctx, 'reviews', id, { status: 'shared' });
};

const calibrateReview: Handler<'review.calibrate'> = async (ctx, { id, calibratedRating }) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'calibrate reviews');
  const review = await findLiveRow(ctx, 'reviews', id, 'id');
  if (review.status === 'draft') reject(`review ${id} is still a draft; only submitted reviews are calibrated`);
  await updateRow(ctx, 'reviews', id, { calibratedRating });
};

const saveTemplate: Handler<'reviewTemplate.save'> = async (ctx, args) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'set review templates');
  await findLiveRow(ctx, 'cycles', args.cycleId, 'cycleId');
  if (await findRow(ctx, 'reviewTemplates', args.id)) await updateRow(ctx, 'reviewTemplates', args.id, args);
  else await insertRow(ctx, 'reviewTemplates', args);
};

export const reviewHandlers = {
  'review.save': saveReview,
  'review.share': shareReview,
  'review.calibrate': calibrateReview,
  'reviewTemplate.save': saveTemplate,
};
