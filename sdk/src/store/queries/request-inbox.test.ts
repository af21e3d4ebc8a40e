import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7, type FeedbackRequest } from '../../model';
import type { SightlineDb } from '../db';
import { mutate } from '../local/mutate';
import { ADA, ORG_ID, openTestDb, person } from '../testing/fixtures';
import { runQuery } from '../watch';
import type { QueryContext } from './context';

// Friday 2026-05-15 at 23:30 UTC is already Saturday in Berlin.
const NOW = new Date('2026-05-15T23:30:00Z');
const ctx: QueryContext = { now: () => NOW, local: { get: () => ({ leader: true, online: true, openedAt: NOW.toISOString() }), subscribe: () => () => {} } };
const BO = person('Bo');
const CY = person('Cy');

/** A request row as the server sends it. */
const request = (over: Partial<FeedbackRequest>): FeedbackRequest => ({
  id: uuidv7(),
  recipientId: ADA.id,
  subjectId: BO.id,
  requesterId: BO.id,
  prompt: 'How did my demo land?',
  dueOn: null,
  status: 'open',
  feedbackId: null,
  declineReason: null,
  orgId: ORG_ID,
  version: 1,
  updatedAt: '2026-05-01T00:00:00Z',
  ...over,
});

let db: SightlineDb;
beforeEach(async () => {
  db = await openTestDb();
  await db.rows('persons').bulkPut([ADA, BO, CY]);
});
afterEach(() => db.delete());

describe('requests', () => {
  it('lists open requests asked of the viewer, soonest due first and undated last, with people and overdue by their date', async () => {
    const undated = request({});
    const later = request({ dueOn: '2026-05-20', subjectId: CY.id });
    const late = request({ dueOn: '2026-05-14' });
    await db.rows('feedbackRequests').bulkPut([
      undated,
      later,
      late,
      request({ dueOn: '2026-05-01', status: 'answered' }),
      request({ recipientId: CY.id, requesterId: ADA.id, dueOn: '2026-05-01' }),
    ]);
    const views = await runQuery(db, 'requests', {}, ctx);
    expect(views.map((v) => v.request.id)).toEqual([late.id, later.id, undated.id]);
    expect(views.map((v) => v.overdue)).toEqual([true, false, false]);
    expect(views[1]).toMatchObject({ requester: { id: BO.id }, subject: { id: CY.id } });
  });

  it("decides overdue by the viewer's own calendar", async () => {
    await db.rows('feedbackRequests').put(request({ dueOn: '2026-05-15' }));
    expect((await runQuery(db, 'requests', {}, ctx)).map((v) => v.overdue)).toEqual([false]);
    await db.rows('persons').put({ ...ADA, timezone: 'Europe/Berlin' });
    expect((await runQuery(db, 'requests', {}, ctx)).map((v) => v.overdue)).toEqual([true]);
  });

  it('drops a request once its answer is saved on this device, before the server has marked it answered', async () => {
    const asked = request({});
    await db.rows('feedbackRequests').put(asked);
    await mutate(db, 'feedback.create', { id: uuidv7(), subjectId: BO.id, kind: 'praise', body: 'Clear and calm.', requestId: asked.id, createdAt: NOW.toISOString() });
    expect(await runQuery(db, 'requests', {}, ctx)).toEqual([]);
  });
});
