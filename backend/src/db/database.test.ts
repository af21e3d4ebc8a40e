import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { describeStorage } from '../../test/helpers/storage';
import type { Change } from '../events/change-feed';
import { announceChange } from '../orgs/orgs';
import { openDatabase } from './database';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PGlite (one connection)', () => {
  it('runs one transaction at a time, and keeps other statements out of an open transaction', async () => {
    const { db, close } = await openDatabase({ dataDir: 'memory://' });
    try {
      await sql`create table counter (n int not null)`.execute(db);
      await sql`insert into counter values (0)`.execute(db);
      // Read-modify-write with a pause in the middle: interleaving would lose increments.
      await Promise.all(
        Array.from({ length: 5 }, () =>
          db.transaction().execute(async (tx) => {
            const { rows } = await sql<{ n: number }>`select n from counter`.execute(tx);
            await sleep(5);
            await sql`update counter set n = ${rows[0]!.n + 1}`.execute(tx);
          }),
        ),
      );
      expect((await sql<{ n: number }>`select n from counter`.execute(db)).rows).toEqual([{ n: 5 }]);

      const rolledBack = db.transaction().execute(async (tx) => {
        await sql`update counter set n = -1`.execute(tx);
        await sleep(20);
        throw new Error('roll back');
      });
      const outside = sql<{ n: number }>`select n from counter`.execute(db);
      await expect(rolledBack).rejects.toThrow('roll back');
      expect((await outside).rows).toEqual([{ n: 5 }]);
    } finally {
      await close();
    }
  });
});

describeStorage('change feed (LISTEN/NOTIFY)', (ctx) => {
  it('delivers a change only when its transaction commits', async () => {
    const heard: Change[] = [];
    const unsubscribe = ctx.database.changes.subscribe((c) => heard.push(c));
    try {
      const orgId = uuidv7();
      await ctx.database.db
        .transaction()
        .execute(async (tx) => {
          await announceChange(tx, { orgId, version: 1, aclChanged: false });
          throw new Error('abandon');
        })
        .catch(() => undefined);
      await ctx.database.db.transaction().execute((tx) => announceChange(tx, { orgId, version: 2, aclChanged: true }));
      await vi.waitFor(() => expect(heard.filter((c) => c.orgId === orgId)).toEqual([{ orgId, version: 2, aclChanged: true }]));
    } finally {
      unsubscribe();
    }
  });
});
