/**
 * Runs a storage suite against in-memory PGlite always, and against PostgreSQL when
 * DATABASE_URL is set (a fresh database per suite, dropped afterwards). Tests of one suite
 * share the database; each test makes its own org, so they never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';

export interface StorageContext {
  readonly database: Database;
  readonly driver: Database['driver'];
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty database beside the one DATABASE_URL names; returns it opened, and how to drop it. */
export async function openFreshPostgres(baseUrl: string): Promise<{ database: Database; drop(): Promise<void> }> {
  const name = `sightline_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    async drop() {
      await database.close();
      await adminQuery(baseUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

function storageSuite(title: string, open: () => Promise<{ database: Database; drop(): Promise<void> }>, suite: (ctx: StorageContext) => void) {
  describe(title, () => {
    let opened: { database: Database; drop(): Promise<void> } | undefined;
    beforeAll(async () => {
      opened = await open();
      await migrate(opened.database);
    });
    afterAll(async () => opened?.drop());
    suite({
      get database() {
        if (!opened) throw new Error('the database is opened in beforeAll; use it inside tests');
        return opened.database;
      },
      get driver() {
        return this.database.driver;
      },
    });
  });
}

export function describeStorage(title: string, suite: (ctx: StorageContext) => void): void {
  storageSuite(`${title} [pglite]`, async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, drop: () => database.close() };
  }, suite);
  const url = process.env.DATABASE_URL;
  if (url) storageSuite(`${title} [postgres]`, () => openFreshPostgres(url), suite);
  else
    describe.skip(`${title} [postgres]`, () => {
      it('runs only when DATABASE_URL points at a PostgreSQL server', () => undefined);
    });
}
