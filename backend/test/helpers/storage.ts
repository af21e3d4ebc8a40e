/**
 * Runs a storage suite against in-memory PGlite always, and against PostgreSQL when
 * DATABASE_URL is set (a fresh database per suite, dropped afterwards). Tests of one suite
 * share the database; each test makes its own org, so they never see each other's rows.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { openFreshPostgres } from './fresh-postgres';

export interface StorageContext {
  readonly database: Database;
  readonly driver: Database['driver'];
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
