/** review.save (the reviewer's own review) and review.calibrate (people admins). */
import { ReviewStatus, type Review } from '@sightline/sdk/model';
import { actingPerson, manages, requireAdmin } from '../access';
import { reject } from '../rejection';
import { findActivePerson, findLiveRow, findRow, insertRow, updateRow } from '../rows';
import type { Handler } from './context';

/** A review only moves forward (draft -> submitted -> shared): nobody who has seen it loses it again. */
const statusRank = (status: Review['status']) => ReviewStatus.options.indexOf(status);

const saveReview: Handler<'review.save'> = async (ctx, args) => {
  const me = actingPerson(ctx);
  await findLiveRow(ctx, 'cycles', args.cycleId, 'cycleId');
  await findActivePerson(ctx, args.subjectId, 'subjectId');
  if (args.kind === 'self' && args.subjectId !== me) reject('subjectId: a self review must be about yourself');
  if (args.kind === 'manager' && !(await manages(ctx, me, args.subjectId)))
    reject(`subjectId: you are not in the manager chain of person ${args.subjectId}`);
  if (args.kind === 'peer' && args.subjectId === me) reject('subjectId: a peer review must be about someone else');

  const existing = await findRow(ctx, 'reviews', args.id);
  if (!existing) return insertRow(ctx, 'reviews', { ...args, reviewerId: me, calibratedRating: null });
  if (existing.reviewerId !== me || existing.deletedAt) reject(`id: review ${args.id} belongs to someone else`);
  for (const field of ['cycleId', 'subjectId', 'kind'] as const)
    if (existing[field] !== args[field]) reject(`${field}: cannot change once the review exists`);
  if (statusRank(args.status) < statusRank(existing.status)) reject(`status: a ${existing.status} review cannot go back to ${args.status}`);
  await updateRow(ctx, 'reviews', args.id, args);
};

const calibrateReview: Handler<'review.calibrate'> = async (ctx, { id, calibratedRating }) => {
  actingPerson(ctx);
  requireAdmin(ctx, 'calibrate reviews');
  const review = await findLiveRow(ctx, 'reviews', id, 'id');
  if (review.status === 'draft') reject(`review ${id} is still a draft; only submitted reviews are calibrated`);
  await updateRow(ctx, 'reviews', id, { calibratedRating });
};

export const reviewHandlers = {
  'review.save': saveReview,
  'review.calibrate': calibrateReview,
};
