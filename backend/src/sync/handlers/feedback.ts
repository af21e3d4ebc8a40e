/** feedback.create / feedback.delete, and requests for feedback (create, decline, cancel). */
import type { FeedbackRequest } from '@sightline/sdk/model';
import { actingPerson, isAdmin, manages } from '../access';
import { reject } from '../rejection';
import { findActivePerson, findLiveRow, findRow, insertRow, tombstoneWhere, updateRow } from '../rows';
import { isVisibleRow } from '../visible-row';
import type { Handler, HandlerContext } from './context';

/** An answer nobody who asked can read answers nothing: the stored feedback must be visible to the requester. */
async function requireVisibleToRequester(ctx: HandlerContext, feedbackId: string, request: FeedbackRequest): Promise<void> {
  const requester = await findRow(ctx, 'persons', request.requesterId);
  const viewer = { orgId: ctx.orgId, personId: request.requesterId, role: requester?.role ?? 'member' };
  if (!(await isVisibleRow(ctx.tx, viewer, 'feedback', feedbackId)))
    reject(`visibility: person ${request.requesterId} asked for this feedback in request ${request.id} and could not read it; choose a wider visibility`);
}

const createFeedback: Handler<'feedback.create'> = async (ctx, args) => {
  const me = actingPerson(ctx);
  await findActivePerson(ctx, args.subjectId, 'subjectId');
  if (args.kind === 'self' && args.subjectId !== me) reject('subjectId: self feedback must be about yourself');
  if (args.goalId) await findLiveRow(ctx, 'goals', args.goalId, 'goalId');
  for (const [i, skillId] of args.skillIds.entries()) await findLiveRow(ctx, 'skills', skillId, `skillIds.${i}`);
  if (args.requestId) {
    const request = await findLiveRow(ctx, 'feedbackRequests', args.requestId, 'requestId');
    if (request.recipientId !== me) reject(`requestId: request ${request.id} was not sent to you`);
    if (request.status !== 'open') reject(`requestId: request ${request.id} is already ${request.status}`);
    if (request.subjectId !== args.subjectId) reject(`subjectId: request ${request.id} asks about person ${request.subjectId}`);
    await insertRow(ctx, 'feedback', { ...args, authorId: me });
    await requireVisibleToRequester(ctx, args.id, request);
    return updateRow(ctx, 'feedbackRequests', request.id, { status: 'answered', feedbackId: args.id });
  }
  await insertRow(ctx, 'feedback', { ...args, authorId: me });
};

const deleteFeedback: Handler<'feedback.delete'> = async (ctx, { id }) => {
  const feedback = await findLiveRow(ctx, 'feedback', id, 'id');
  if (feedback.authorId !== actingPerson(ctx)) reject('only the author may delete feedback');
  await tombstoneWhere(ctx, 'feedback', 'id', [id]);
};

const createRequest: Handler<'feedbackRequest.create'> = async (ctx, args) => {
  const me = actingPerson(ctx);
  await findActivePerson(ctx, args.recipientId, 'recipientId');
  await findActivePerson(ctx, args.subjectId, 'subjectId');
  if (args.recipientId === me) reject('recipientId: ask someone other than yourself');
  // About yourself, or as someone who coaches the subject: a peer may not canvass opinions about a peer.
  if (args.subjectId !== me && !isAdmin(ctx) && !(await manages(ctx, me, args.subjectId)))
    reject(`subjectId: you may ask for feedback about yourself or the people you manage, not person ${args.subjectId}`);
  await insertRow(ctx, 'feedbackRequests', { ...args, requesterId: me, status: 'open', feedbackId: null, declineReason: null });
};

const declineRequest: Handler<'feedbackRequest.decline'> = async (ctx, { id, reason }) => {
  const request = await findLiveRow(ctx, 'feedbackRequests', id, 'id');
  if (request.recipientId !== actingPerson(ctx)) reject('only the recipient may decline a feedback request');
  if (request.status !== 'open') reject(`request ${id} is already ${request.status}`);
  await updateRow(ctx, 'feedbackRequests', id, { status: 'declined', declineReason: reason });
};

const cancelRequest: Handler<'feedbackRequest.cancel'> = async (ctx, { id }) => {
  const request = await findLiveRow(ctx, 'feedbackRequests', id, 'id');
  if (request.requesterId !== actingPerson(ctx)) reject('only the requester may cancel a feedback request');
  if (request.status !== 'open') reject(`request ${id} is already ${request.status}`);
  await updateRow(ctx, 'feedbackRequests', id, { status: 'cancelled' });
};

export const feedbackHandlers = {
  'feedback.create': createFeedback,
  'feedback.delete': deleteFeedback,
  'feedbackRequest.create': createRequest,
  'feedbackRequest.decline': declineRequest,
  'feedbackRequest.cancel': cancelRequest,
};
