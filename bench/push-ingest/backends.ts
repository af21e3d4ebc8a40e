/**
 * The stores the bench runs on, each fresh and migrated: PGlite in memory, PGlite on disk in a
 * temporary directory, and PostgreSQL (a new database beside DATABASE_URL's) when it is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, type Database } from '@sightline/backend';
import { openFreshPostgres } from '../../backend/test/helpers/fresh-postgres';

export interface Backend {
  label: string;
  open(): Promise<{ database: Database; close(): Promise<void> }>;
}

async function migrated<T extends { database: Database }>(opened: T): Promise<T> {
  await migrate(opened.database);
  return opened;
}

export function backends(env: NodeJS.ProcessEnv): Backend[] {
  const list: Backend[] = [
    {
      label: 'pglite memory',
      open: async () => {
        const database = await openDatabase({ dataDir: 'memory://' });
        return migrated({ database, close: () => database.close() });
      },
    },
    {
      label: 'pglite disk',
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
        const database = await openDatabase({ dataDir: dir });
        return migrated({
          database,
          async close() {
            await database.close();
            rmSync(dir, { recursive: true, force: true });
          },
        });
      },
    },
  ];
  const url = env.DATABASE_URL;
  if (url)
    list.push({
      label: 'postgresql',
      open: async () => {
        const { database, drop } = await openFreshPostgres(url, 'sightline_bench_');
        return migrated({ database, close: drop });
      },
    });
  return list;
}
