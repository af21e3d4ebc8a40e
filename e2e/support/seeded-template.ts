/**
 * Global setup: one data directory with the demo org migrated and seeded, made once per run.
 * Each test file's server starts on a copy of it (sightlineForFile), instead of creating,
 * migrating and seeding a database of its own: about 5 s less per file, on the run's
 * critical path, with the same data a fresh start would seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, seedDemo } from '@sightline/backend';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory with the demo org seeded, to be copied, never opened in place. */
    seededDataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-e2e-seeded-'));
  const database = await openDatabase({ dataDir: dir });
  await migrate(database);
  await seedDemo(database);
  await database.close();
  project.provide('seededDataDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
