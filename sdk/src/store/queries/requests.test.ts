import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { uuidv7 } from '../../model';
import type { SightlineDb } from '../db';
import { mutate } from '../local/mutate';
import { ADA, fixedQueryContext, openTestDb, person } from '../testing/fixtures';
import { runQuery } from '../watch';
import { addQueries } from '.';
import { CONSOLE_QUERIES } from './console-queries';

addQueries(CONSOLE_QUERIES);

const NOW = new Date('2026-05-16T12:00:00Z');
const ctx = fixedQueryContext(NOW);
const BO = person('Bo');

let db: SightlineDb;
beforeEach(async () => {
  db = await openTestDb();
  await db.rows('persons').bulkPut([ADA, BO]);
});
afterEach(() => db.delete());

const serverRequest = (over: object) => ({
  id: uuidv7(),
  recipientId: ADA.id,
  subjectId: BO.id,
  requesterId: BO.id,
  prompt: 'How did Bo run the retro?',
  dueOn: '2026-05-20',
  status: 'open' as const,
  feedbackId: null,
  declineReason: null,
  orgId: ADA.orgId,
  version: 3,
  updatedAt: '2026-05-10T00:00:00Z',
  ...over,
});

it('splits sent from received, resolves the people and marks a request answered on this device', async () => {
  const asked = serverRequest({});
  await db.rows('feedbackRequests').put(asked);
  const sent = { id: uuidv7(), recipientId: BO.id, subjectId: ADA.id, prompt: 'How was my demo?', dueOn: null };
  await mutate(db, 'feedbackRequest.create', sent);

  const [mine] = await runQuery(db, 'feedbackRequests', { role: 'sent' }, ctx);
  expect(mine).toMatchObject({ request: { id: sent.id, status: 'open' }, recipient: { name: 'Bo' }, subject: { name: 'Ada' }, pending: true, answeredHere: false });
  const received = await runQuery(db, 'feedbackRequests', { role: 'received' }, ctx);
  expect(received.map((r) => [r.request.id, r.answeredHere, r.requester?.name])).toEqual([[asked.id, false, 'Bo']]);

  await mutate(db, 'feedback.create', { id: uuidv7(), subjectId: BO.id, kind: 'praise', body: 'Clear and kind', requestId: asked.id, createdAt: NOW.toISOString() });
  expect((await runQuery(db, 'feedbackRequests', { role: 'received' }, ctx))[0]).toMatchObject({ answeredHere: true, request: { status: 'open' } });
});
