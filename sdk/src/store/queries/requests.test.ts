import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInId, uuidv7, type FeedbackRequest } from '../../model';
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

  it('drops a request once its answer is saved on this device, before the server has marked it answered', async () => {
    const asked = request({});
    await db.rows('feedbackRequests').put(asked);
    await mutate(db, 'feedback.create', { id: uuidv7(), subjectId: BO.id, kind: 'praise', body: 'Clear and calm.', requestId: asked.id, createdAt: NOW.toISOString() });
    expect(await runQuery(db, 'requests', {}, ctx)).toEqual([]);
  });
});

describe('due', () => {
  it("lists the check-in once it is due in the viewer's time zone, and requests due by their today", async () => {
    await db.rows('feedbackRequests').bulkPut([request({ dueOn: '2026-05-16' }), request({ dueOn: '2026-05-17' })]);
    const utc = await runQuery(db, 'due', {}, ctx);
    expect(utc.checkIn).toMatchObject({ state: 'due', week: '2026-W20', dueOn: '2026-05-15' });
    expect(utc.requests).toEqual([]);

    await db.rows('persons').put({ ...ADA, timezone: 'Europe/Berlin' });
    const berlin = await runQuery(db, 'due', {}, ctx);
    expect(berlin.checkIn).toMatchObject({ state: 'overdue', today: '2026-05-16' });
    expect(berlin.requests.map((r) => r.request.dueOn)).toEqual(['2026-05-16']);
  });

  it('has no check-in once this week’s is submitted', async () => {
    await mutate(db, 'checkin.submit', { id: checkInId(ADA.id, '2026-W20'), personId: ADA.id, week: '2026-W20', goals: [], submittedAt: NOW.toISOString() });
    expect((await runQuery(db, 'due', {}, ctx)).checkIn).toBeNull();
  });
});
