/**
 * The servers an e2e test talks to, in this process: Sightline as `sightline serve` runs it
 * (PGlite in a data directory, the demo org seeded on first start, the demo page mounted), on a
 * free loopback port or a given one to come back on after a stop; and the demo intranet on an
 * origin of its own, for pages that must outlive the Sightline server. Both serve the SDK
 * build the run started with (see build-sdk.ts).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApp,
  createIntranetApp,
  migrate,
  openDatabase,
  prepareDemo,
  seedDemo,
  startServer,
  type Database,
  type DemoIntranetConfig,
  type RunningServer,
} from '@sightline/backend';
import { afterAll, beforeAll, inject } from 'vitest';

export interface SightlineUnderTest {
  url: string;
  port: number;
  database: Database;
  demo: DemoIntranetConfig;
  /** Ends open event streams, stops listening, closes the database. */
  stop(): Promise<void>;
}

/** An empty data directory starts as a copy of the run's seeded one (seeded-template.ts); a used one as it was left. */
export function seedFromTemplate(dataDir: string): void {
  if (readdirSync(dataDir).length === 0) cpSync(inject('seededDataDir'), dataDir, { recursive: true });
}

export async function startSightline(dataDir: string, port = 0): Promise<SightlineUnderTest> {
  seedFromTemplate(dataDir);
  const database = await openDatabase({ dataDir });
  await migrate(database);
  if (!(await database.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst())) await seedDemo(database);
  const demo = await prepareDemo(database);
  if (!demo) throw new Error('the demo org is missing from the e2e database');
  const shutdown = new AbortController();
  const server = await startServer(createApp({ database, demo, sdkDir: inject('sdkDir'), signal: shutdown.signal }), { port });
  return {
    url: server.url,
    port: server.port,
    database,
    demo,
    async stop() {
      shutdown.abort();
      await server.close();
      await database.close();
    },
  };
}

/**
 * The demo intranet on its own origin, pointing at `sightlineUrl`: serving its own copy of the
 * SDK, or loading it from the Sightline server with `sdk: 'from-sightline'`.
 */
export const startIntranet = (demo: DemoIntranetConfig, sightlineUrl: string, sdk: 'own-copy' | 'from-sightline' = 'own-copy'): Promise<RunningServer> =>
  startServer(createIntranetApp({ ...demo, sightlineUrl, sdkDir: inject('sdkDir'), ...(sdk === 'from-sightline' && { sdkUrl: `${sightlineUrl}/sdk` }) }), { port: 0 });

/** A data directory that lives as long as the test file. */
export function tempDataDir(label: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `sightline-e2e-${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Sightline with the demo org for the whole test file, in a data directory of its own, stopped
 * and removed after the file. Call inside a describe; the getter works inside tests.
 */
export function sightlineForFile(label: string): () => SightlineUnderTest {
  const dataDir = tempDataDir(label);
  let sightline: SightlineUnderTest | undefined;
  beforeAll(async () => {
    sightline = await startSightline(dataDir.path);
  });
  afterAll(async () => {
    await sightline?.stop();
    dataDir.remove();
  });
  return () => {
    if (!sightline) throw new Error('Sightline starts in beforeAll; use it inside tests');
    return sightline;
  };
}
