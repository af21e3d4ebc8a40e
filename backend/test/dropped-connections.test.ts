/**
 * PostgreSQL drops connections (pg_terminate_backend, a restart, a failover) while the server is
 * busy: the process must survive, answer 503 + Retry-After while the database is away, recover
 * by itself, and lose or double nothing that a client was told was applied.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createApp } from '../src/app';
import { migrate } from '../src/db/migrate';
import { call } from './helpers/http';
import { openFreshPostgres } from './helpers/fresh-postgres';
import { createOrgFixture, type OrgFixture } from './helpers/org-fixture';

const url = process.env.DATABASE_URL;

describe.runIf(url)('dropped PostgreSQL connections [postgres]', () => {
  let fresh: Awaited<ReturnType<typeof openFreshPostgres>>;
  let admin: pg.Client;
  const dbName = () => new URL(fresh.url).pathname.slice(1);
  const terminateAll = () =>
    admin.query('select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName()]);

  beforeAll(async () => {
    fresh = await openFreshPostgres(url!);
    await migrate(fresh.database);
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await fresh?.drop();
  });

  /** Pushes one feedback per seq until the server says applied, retrying after 503s as the SDK does. */
  async function pushAll(app: ReturnType<typeof createApp>, org: OrgFixture, count: number, progress: () => void) {
    const clientId = uuidv7();
    let unavailable = 0;
    for (let seq = 1; seq <= count; seq++) {
      const mutation = {
        id: uuidv7(),
        seq,
        name: 'feedback.create',
        args: { id: uuidv7(), subjectId: org.ids.bob, kind: 'praise', body: `thanks ${clientId} #${seq}`, visibility: 'org', createdAt: '2026-02-21T09:00:00Z' },
        at: '2026-02-21T09:00:00Z',
      };
      for (;;) {
        const res = await call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, json: { clientId, mutations: [mutation] } });
        if (res.status === 503) {
          expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
          unavailable++;
          continue;
        }
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(['applied', 'duplicate']).toContain(res.body.results[0].status);
        break;
      }
      progress();
    }
    return unavailable;
  }

  it('survive pg_terminate_backend under load, with nothing lost or doubled', async () => {
    const org = await createOrgFixture(fresh.database, 'drops');
    const app = createApp({ database: fresh.database });
    const writers = 6;
    const perWriter = 40;
    let done = 0;
    let waiting: { at: number; wake(): void } | undefined;
    const progress = () => {
      done++;
      if (waiting && done >= waiting.at) waiting.wake();
    };
    const reached = (at: number) => new Promise<void>((wake) => (done >= at ? wake() : (waiting = { at, wake })));

    const load = Promise.all(Array.from({ length: writers }, () => pushAll(app, org, perWriter, progress)));
    // Terminate every connection of the database five times, each while the writers are mid-run.
    let terminated = 0;
    for (let round = 1; round <= 5; round++) {
      await reached((round * writers * perWriter) / 6);
      terminated += Number((await terminateAll()).rows[0].n);
    }
    await load;
    expect(terminated).toBeGreaterThan(0);

    const rows = await fresh.database.db
      .selectFrom('feedback')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('body').distinct().as('distinct')])
      .where('orgId', '=', org.orgId)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(writers * perWriter);
    expect(Number(rows.distinct)).toBe(writers * perWriter);
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.bob })).status).toBe(200);
  }, 120_000);

  it('answer 503 with Retry-After while the database refuses connections, and recover by itself', async () => {
    const org = await createOrgFixture(fresh.database, 'away');
    const app = createApp({ database: fresh.database });
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.bob })).status).toBe(200);
    await admin.query(`alter database ${dbName()} allow_connections false`);
    try {
      await terminateAll();
      for (const [method, path] of [['GET', '/v1/me'], ['GET', `/v1/sync/pull?clientId=${uuidv7()}`]] as const) {
        const res = await call(app, method, path, { token: org.tokens.bob });
        expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(res.body.error.code).toBe('unavailable');
      }
    } finally {
      await admin.query(`alter database ${dbName()} allow_connections true`);
    }
    expect((await call(app, 'GET', '/v1/me', { token: org.tokens.bob })).status).toBe(200);
  }, 60_000);
});
