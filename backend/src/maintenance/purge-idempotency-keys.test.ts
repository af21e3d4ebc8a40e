import { expect, it } from 'vitest';
import { createOrgFixture } from '../../test/helpers/org-fixture';
import { describeStorage } from '../../test/helpers/storage';
import { IDEMPOTENCY_TTL_MS } from '../http/idempotency';
import { purgeIdempotencyKeys } from './purge-idempotency-keys';

const NOW = new Date('2026-03-15T12:00:00Z');

describeStorage('idempotency key purge', (ctx) => {
  it('deletes stored answers older than the window and keeps the rest', async () => {
    const org = await createOrgFixture(ctx.database, 'idem');
    const db = ctx.database.db;
    const stored = (key: string, ageMs: number) => ({
      orgId: org.orgId, principalKey: 'token:crm', key, requestHash: 'h', status: 200, response: '{}',
      createdAt: new Date(NOW.getTime() - ageMs).toISOString(),
    });
    await db.insertInto('idempotencyKeys').values([stored('expired', IDEMPOTENCY_TTL_MS + 1000), stored('live', IDEMPOTENCY_TTL_MS - 1000)]).execute();

    expect(await purgeIdempotencyKeys(db, NOW)).toBeGreaterThanOrEqual(1);
    const left = await db.selectFrom('idempotencyKeys').select('key').where('orgId', '=', org.orgId).execute();
    expect(left).toEqual([{ key: 'live' }]);
  });
});
