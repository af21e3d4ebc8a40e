import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewTemplateId, uuidv7 } from '../../model';
import type { SightlineDb } from '../db';
import { mutate } from '../local/mutate';
import { ADA, CYCLE_ID, cycleArgs, fixedQueryContext, openTestDb, person } from '../testing/fixtures';
import { runQuery } from '../watch';
import { addQueries } from '.';
import { CONSOLE_QUERIES } from './console-queries';

addQueries(CONSOLE_QUERIES);

const NOW = new Date('2026-05-16T12:00:00Z');
const ctx = fixedQueryContext(NOW);
const BO = person('Bo', { managerId: ADA.id });

let db: SightlineDb;
beforeEach(async () => {
  db = await openTestDb();
  await db.rows('persons').bulkPut([ADA, BO]);
  await mutate(db, 'cycle.create', cycleArgs);
});
afterEach(() => db.delete());

it('gives each review its people; the saved templates are a query of their own', async () => {
  const questions = [{ key: 'next_step', text: 'What is your next step?' }];
  await mutate(db, 'reviewTemplate.save', { id: reviewTemplateId(CYCLE_ID, 'self'), cycleId: CYCLE_ID, kind: 'self', questions });
  const self = { id: uuidv7(), cycleId: CYCLE_ID, subjectId: ADA.id, kind: 'self' as const };
  const manager = { id: uuidv7(), cycleId: CYCLE_ID, subjectId: BO.id, kind: 'manager' as const };
  await mutate(db, 'review.save', self);
  await mutate(db, 'review.save', manager);

  const all = await runQuery(db, 'reviews', { cycleId: CYCLE_ID }, ctx);
  expect(all.map((r) => [r.subject?.name, r.review.kind, r.reviewer?.name, r.pending])).toEqual([
    ['Ada', 'self', 'Ada', true],
    ['Bo', 'manager', 'Ada', true],
  ]);
  expect(await runQuery(db, 'reviewTemplates', {}, ctx)).toMatchObject([{ cycleId: CYCLE_ID, kind: 'self', questions }]);
  expect(await runQuery(db, 'reviews', { id: manager.id }, ctx)).toMatchObject([{ review: { id: manager.id } }]);
  expect(await runQuery(db, 'reviews', { cycleId: uuidv7() }, ctx)).toEqual([]);
});
