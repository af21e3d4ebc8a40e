/**
 * Fuzzes every entry of the route table (api/route-table.ts): its example request with one
 * part replaced by NUL, a lone surrogate, random text or random JSON, in the body, a path
 * parameter or a query value. Property: never a 500, and a refused request (4xx, or 502 when
 * the identity provider cannot be reached) leaves every
 * table exactly as it was (compared row by row, not counted), so nothing is half-written.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { ApiError } from '@sightline/sdk/model';
import { z } from 'zod';
import { SCIM_ERROR_SCHEMA } from '../src/scim/scim-error';
import type { RouteSpec } from '../src/api/contract';
import { ROUTES } from '../src/api/route-table';
import { createApp } from '../src/app';
import type { Database } from '../src/db/database';
import { createOrgFixture } from './helpers/org-fixture';
import { callRoute, type RouteCall } from './helpers/route-request';
import { describeStorage } from './helpers/storage';

/** SCIM routes answer errors in SCIM's shape (RFC 7644 §3.12), every other route as ApiError. */
const ScimError = z.object({ schemas: z.tuple([z.literal(SCIM_ERROR_SCHEMA)]), status: z.string().regex(/^[45]\d\d$/), detail: z.string().min(1) });
const errorBodyOf = (route: { path: string }) => (route.path.startsWith('/v1/scim/') ? ScimError : ApiError);

/** Per route: with about 30 routes a run stays near a minute on each database on a busy machine. */
const RUNS = 6;

/** A digest of every row of every table. last_used_at is touched by reads (once a minute per credential) and left out. */
async function snapshot(database: Database): Promise<string> {
  const { rows: tables } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(database.db.withoutPlugins());
  const { rows } = await sql<{ digest: string }>`select concat_ws(',', ${sql.join(
    tables.map((t) => sql`(select ${sql.lit(t.name)} || ':' || count(*) || ':' || coalesce(md5(string_agg((to_jsonb(r) - 'last_used_at')::text, '|' order by (to_jsonb(r) - 'last_used_at')::text)), '') from ${sql.id(t.name)} r)`),
  )}) as digest`.execute(database.db.withoutPlugins());
  return rows[0]!.digest;
}

const unstorable = fc.constantFrom('\u0000', 'a\u0000b', '\uD800', 'x\uDC00y', '\uDBFF', 'ok\u0000');
const nasty = fc.oneof(unstorable, unstorable, fc.string(), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', ' ', '0000-01-01', '../..', '%', 'null'));

/** Every path to a string or number leaf of a JSON value. */
function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Object.entries(value).map(([k, v]) => leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
  return entries.length ? entries.flat() : [path];
}

function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

/** The route's example with one part made hostile. */
function hostileRequest(route: RouteSpec): fc.Arbitrary<RouteCall> {
  const example = route.example ?? {};
  const body = example.body ?? (route.request?.body ? {} : undefined);
  const base: RouteCall = { params: example.params, query: example.query, body: body === undefined ? undefined : JSON.stringify(body) };
  const variants: Array<fc.Arbitrary<RouteCall>> = [fc.constant(base)];
  if (body !== undefined) {
    const paths = leafPaths(body);
    variants.push(
      fc.tuple(fc.constantFrom(...paths), fc.oneof(nasty, fc.jsonValue())).map(([path, leaf]) => ({ ...base, body: JSON.stringify(replaceAt(body, path, leaf)) })),
      fc.tuple(fc.constantFrom(...paths), nasty).map(([path, key]) => ({ ...base, body: JSON.stringify(replaceAt(body, path.slice(0, -1), { ...(replaceAt(body, path, undefined) as object), [key]: 1 })) })),
      fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), nasty).map((raw) => ({ ...base, body: raw })),
    );
  }
  for (const name of Object.keys(example.params ?? {})) variants.push(nasty.filter((v) => v !== '').map((v) => ({ ...base, params: { ...example.params, [name]: v } })));
  variants.push(fc.tuple(nasty, nasty).map(([k, v]) => ({ ...base, query: { ...example.query, ...(k ? { [k]: v } : {}) } })));
  for (const name of Object.keys(example.query ?? {})) variants.push(nasty.map((v) => ({ ...base, query: { ...example.query, [name]: v } })));
  return fc.oneof(...variants);
}

describeStorage('route fuzzing', (ctx) => {
  it('answers hostile requests to every route below 500 and writes nothing when it refuses', async () => {
    const org = await createOrgFixture(ctx.database, 'fuzz');
    // No database-wide limits in the way: the handlers are what is fuzzed.
    const app = createApp({ database: ctx.database, devSignIn: true, sso: { publicUrl: 'http://127.0.0.1:1' }, limits: { workPerMinute: 1e9, signInsPerMinute: 1e9, sessionCallsPerMinute: 1e9 } });
    let refused = 0;
    for (const route of ROUTES) {
      const token = 'public' in route.access ? undefined : org.tokens.admin;
      await fc.assert(
        fc.asyncProperty(hostileRequest(route), async (request) => {
          const before = await snapshot(ctx.database);
          const res = await callRoute(app, route, { ...request, token });
          const where = `${route.method} ${route.path} ${JSON.stringify(request)}: ${res.text.slice(0, 300)}`;
          // 502 (the identity provider is unreachable) and 503 (the database is) name an outside party; 500 would be ours.
          expect([500, 501, 504], where).not.toContain(res.status);
          expect(res.status, where).toBeLessThan(600);
          if (res.status >= 400) {
            refused++;
            expect(() => errorBodyOf(route).parse(res.body), where).not.toThrow();
            expect(await snapshot(ctx.database), `a refused request wrote: ${where}`).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
    }
    expect(refused).toBeGreaterThan(ROUTES.length);
  }, 180_000);
});
