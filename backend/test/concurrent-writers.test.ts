/**
 * Many clients of one org push at once while readers pull incrementally. Afterwards every
 * mutation is in the database exactly once (counted), every client's seq and rejections are
 * exact, and the union of what the readers pulled, delta after delta, is exactly what was
 * stored: a pull never skipped a row that committed after it with a lower version.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { PEOPLE, createOrgFixture } from './helpers/org-fixture';
import { describeStorage } from './helpers/storage';
import { call } from './helpers/sync-client';

const CLIENTS = 20;
const PUSHES_PER_CLIENT = 6;
const MUTATIONS_PER_PUSH = 12;
const READERS = 3;

describeStorage('concurrent writers of one org', (ctx) => {
  it('lose nothing, double nothing, and never let a pull skip a committed row', async () => {
    const org = await createOrgFixture(ctx.database, 'crowd');
    const clients = Array.from({ length: CLIENTS }, (_, i) => {
      const author = PEOPLE[i % PEOPLE.length]!;
      return { client: org.client(author), subject: org.ids[PEOPLE[(i + 1) % PEOPLE.length]!] };
    });
    // Each push: feedback everyone may see, and one about a person who does not exist (rejected alone).
    const pushOf = (subject: string, n: number) =>
      Array.from({ length: MUTATIONS_PER_PUSH }, (_, j) =>
        call('feedback.create', {
          id: uuidv7(),
          subjectId: j === MUTATIONS_PER_PUSH - 1 ? uuidv7() : subject,
          kind: 'praise',
          body: `push ${n} item ${j}`,
          visibility: 'org',
          createdAt: '2026-03-02T09:00:00Z',
        }),
      );

    const readers = Array.from({ length: READERS }, () => ({ client: org.client('admin'), seen: new Set<string>() }));
    const pullInto = async (reader: (typeof readers)[number]) => {
      const res = await reader.client.pull();
      res.changes.feedback?.upserts.forEach((f) => reader.seen.add(f.id as string));
    };
    await Promise.all(readers.map(pullInto));

    let writing = true;
    const writes = Promise.all(
      clients.map(async ({ client, subject }) => {
        const results = [];
        for (let n = 0; n < PUSHES_PER_CLIENT; n++) results.push(...(await client.push(pushOf(subject, n))).results);
        return results;
      }),
    ).finally(() => (writing = false));
    await Promise.all(
      readers.map(async (reader) => {
        while (writing) await pullInto(reader);
      }),
    );
    const results = (await writes).flat();
    await Promise.all(readers.map(pullInto));

    const expectedApplied = CLIENTS * PUSHES_PER_CLIENT * (MUTATIONS_PER_PUSH - 1);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(expectedApplied);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(CLIENTS * PUSHES_PER_CLIENT);
    const stored = await ctx.database.db.selectFrom('feedback').select('id').where('orgId', '=', org.orgId).execute();
    expect(stored).toHaveLength(expectedApplied);
    const applied = results.filter((r) => r.status === 'applied');
    expect(new Set(applied.map((r) => r.id)).size).toBe(expectedApplied);

    const syncClients = await ctx.database.db
      .selectFrom('syncClients')
      .select(['clientId', 'lastSeq'])
      .where('orgId', '=', org.orgId)
      .where('clientId', 'in', clients.map(({ client }) => client.clientId))
      .execute();
    expect(syncClients.map((c) => c.lastSeq)).toEqual(clients.map(() => PUSHES_PER_CLIENT * MUTATIONS_PER_PUSH));
    const rejections = await ctx.database.db.selectFrom('syncRejections').select('seq').where('orgId', '=', org.orgId).execute();
    expect(rejections).toHaveLength(CLIENTS * PUSHES_PER_CLIENT);

    // Each reader followed its own cursor from the first snapshot to the end, and saw every row.
    for (const reader of readers) expect([...reader.seen].sort()).toEqual(stored.map((f) => f.id).sort());
  });
});
