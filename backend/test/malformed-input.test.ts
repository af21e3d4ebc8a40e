/**
 * Property: whatever arrives (garbage text, random JSON, well-formed pushes with random args),
 * every route answers with a JSON ApiError below 500, and no synced row is written.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ApiError, MUTATION_NAMES, TABLES, TABLE_NAMES } from '@sightline/sdk/model';
import { sql } from 'kysely';
import { createApp } from '../src/app';
import type { Database } from '../src/db/database';
import { BODY_LIMITS } from '../src/http/body-limit';
import { call } from './helpers/http';
import { createOrgFixture } from './helpers/org-fixture';
import { describeStorage } from './helpers/storage';

const RUNS = 40;

async function rowCounts(database: Database, tables: string[]): Promise<Record<string, number>> {
  const { rows } = await sql<{ counts: Record<string, number> }>`select json_build_object(${sql.join(
    tables.flatMap((t) => [sql.lit(t), sql`(select count(*) from ${sql.raw(t)})`]),
  )}) as counts`.execute(database.db.withoutPlugins());
  return rows[0]!.counts;
}

const SYNCED = TABLE_NAMES.map((t) => TABLES[t].sql);
const ALL = [...SYNCED, 'orgs', 'api_tokens', 'sync_clients', 'sync_rejections'];

const garbage = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('', '{', '[1,', 'null', '{"clientId":', '\u0000', '{"a":1}{"b":2}'),
);

function expectApiError(res: { status: number; body: unknown }) {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) expect(() => ApiError.parse(res.body), JSON.stringify(res.body)).not.toThrow();
}

describeStorage('malformed input', (ctx) => {
  it('never breaks a route or writes a row, whatever the body', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database, devSignIn: true });
    const routes: Array<[method: string, path: string, token: string | undefined, counted: string[]]> = [
      ['POST', '/v1/sync/push', org.tokens.alice, ALL],
      ['POST', '/v1/admin/people', org.tokens.admin, ALL],
      ['POST', '/v1/auth/dev-signin', undefined, ALL],
      // {} is a valid token request, so only the synced tables must stay as they were.
      ['POST', '/v1/auth/tokens', org.tokens.alice, SYNCED],
    ];
    for (const [method, path, token, counted] of routes) {
      const before = await rowCounts(ctx.database, counted);
      await fc.assert(
        fc.asyncProperty(garbage, async (raw) => {
          expectApiError(await call(app, method, path, { token, raw, headers: { 'content-type': 'application/json' } }));
        }),
        { numRuns: RUNS },
      );
      expect(await rowCounts(ctx.database, counted), path).toEqual(before);
    }
  });

  it('rejects well-formed pushes with random args without writing synced rows', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const before = await rowCounts(ctx.database, SYNCED);
    const mutation = fc.record({ id: fc.uuid({ version: 7 }), name: fc.constantFrom(...MUTATION_NAMES), args: fc.jsonValue(), at: fc.constant('2026-02-01T00:00:00Z') });
    await fc.assert(
      fc.asyncProperty(fc.uuid({ version: 7 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 3 }), async (clientId, ms, start) => {
        const json = { clientId, mutations: ms.map((m, i) => ({ ...m, seq: start + i })) };
        const res = await call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, json });
        expectApiError(res);
        if (res.status === 200) expect(res.body.results.every((r: { status: string }) => r.status === 'rejected')).toBe(true);
        else expect([409, 422]).toContain(res.status);
      }),
      { numRuns: RUNS },
    );
    expect(await rowCounts(ctx.database, SYNCED)).toEqual(before);
  });

  it('answers random queries, ids and credentials without a 500', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.string(), async (query, id, credential) => {
        expectApiError(await call(app, 'GET', `/v1/sync/pull?${encodeURI(query)}`, { token: org.tokens.bob }));
        expectApiError(await call(app, 'GET', `/v1/sync/pull?clientId=${encodeURIComponent(id)}&cursor=${encodeURIComponent(query)}`, { token: org.tokens.bob }));
        expectApiError(await call(app, 'DELETE', `/v1/auth/tokens/${encodeURIComponent(id)}`, { token: org.tokens.bob }));
        const auth = await app.request('/v1/me', { headers: { authorization: credential.replace(/[^\x20-\x7e]/g, '') } });
        expect(auth.status).toBe(401);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses oversized bodies with 413 and unknown routes with a JSON 404', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const huge = 'x'.repeat(BODY_LIMITS.push + 1);
    const res = await call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, raw: huge });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('body_too_large');
    const tokens = await call(app, 'POST', '/v1/auth/tokens', { token: org.tokens.alice, raw: 'x'.repeat(BODY_LIMITS.default + 1) });
    expect(tokens.status).toBe(413);
    const missing = await call(app, 'GET', '/nowhere');
    expect(missing.status).toBe(404);
    expect(ApiError.parse(missing.body).error.code).toBe('not_found');
    expect((await call(app, 'GET', '/v1/nothing-here', { token: org.tokens.alice })).status).toBe(404);
  });
});
