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

it('lists only what the viewer sent, with the people resolved and not-yet-sent ones pending', async () => {
  await db.rows('feedbackRequests').put(serverRequest({}));
  const sent = { id: uuidv7(), recipientId: BO.id, subjectId: ADA.id, prompt: 'How was my demo?', dueOn: null };
  await mutate(db, 'feedbackRequest.create', sent);

  const mine = await runQuery(db, 'sentRequests', {}, ctx);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ request: { id: sent.id, status: 'open' }, recipient: { name: 'Bo' }, subject: { name: 'Ada' }, pending: true });
});
