// @vitest-environment node
import 'fake-indexeddb/auto';
import { createClient } from '@sightline/sdk/engine';
import { uuidv7 } from '@sightline/sdk/model';
import { afterEach, expect, it } from 'vitest';
import { testEngine, testPerson } from '../testing/engine';
import type { DueItem } from './due-items';
import { watchDue } from './watch-due';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

// A Monday: this week's check-in is not due yet, so only requests count.
const NOW = new Date('2026-05-11T12:00:00Z');

it('follows the requests asked of the person as they arrive by sync and as they are answered', async () => {
  const lena = testPerson('Lena');
  const engine = testEngine(testPerson('Grace'), lena);
  cleanups.push(() => engine.stop());
  const grace = await engine.client();
  const lenaDevice = createClient({ endpoint: 'http://memory.test', token: engine.tokenOf(lena), fetch: engine.server.fetch, dbName: `lena-${uuidv7()}`, locks: null });
  await lenaDevice.start();
  cleanups.push(() => lenaDevice.stop());

  let latest: DueItem[] | null = null;
  let changed = () => {};
  watchDue({
    client: grace,
    databaseName: () => grace.dbName,
    remind: async (items) => {
      latest = items;
      changed();
    },
    now: () => NOW,
    onError: (error) => expect.unreachable(String(error)),
  });
  const until = (ready: (items: DueItem[]) => boolean) =>
    new Promise<DueItem[]>((resolve) => {
      changed = () => latest && ready(latest) && resolve(latest);
      changed();
    });
  await until((items) => items.length === 0);

  const requestId = uuidv7();
  await lenaDevice.mutate('feedbackRequest.create', { id: requestId, recipientId: engine.me.id, subjectId: lena.id, prompt: 'How did my demo go?', dueOn: '2026-05-08' });
  await lenaDevice.syncNow();
  await grace.syncNow();
  expect(await until((items) => items.length === 1)).toEqual([
    { key: `request:${requestId}`, kind: 'request', dueOn: '2026-05-08', overdue: true, requester: 'Lena', prompt: 'How did my demo go?' },
  ]);

  // Answered on this device: gone before the server has said anything.
  await grace.mutate('feedback.create', { id: uuidv7(), subjectId: lena.id, kind: 'praise', body: 'Clear and calm.', requestId, createdAt: NOW.toISOString() });
  await until((items) => items.length === 0);
});
