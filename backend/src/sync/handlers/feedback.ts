/** feedback.create / feedback.delete, and requests for feedback (create, decline). */
import { actingPerson } from '../access';
import { reject } from '../rejection';
import { findActivePerson, findLiveRow, insertRow, tombstoneWhere, updateRow } from '../rows';
import type { Handler } from './context';

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
    await updateRow(ctx, 'feedbackRequests', request.id, { status: 'answered', feedbackId: args.id });
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
  await insertRow(ctx, 'feedbackRequests', { ...args, requesterId: me, status: 'open', feedbackId: null, declineReason: null });
};

const declineRequest: Handler<'feedbackRequest.decline'> = async (ctx, { id, reason }) => {
  const request = await findLiveRow(ctx, 'feedbackRequests', id, 'id');
  if (request.recipientId !== actingPerson(ctx)) reject('only the recipient may decline a feedback request');
  if (request.status !== 'open') reject(`request ${id} is already ${request.status}`);
  await updateRow(ctx, 'feedbackRequests', id, { status: 'declined', declineReason: reason });
};

export const feedbackHandlers = {
  'feedback.create': createFeedback,
  'feedback.delete': deleteFeedback,
  'feedbackRequest.create': createRequest,
  'feedbackRequest.decline': declineRequest,
};
