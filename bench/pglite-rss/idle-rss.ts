/** Child of pglite-idle-rss.bench.ts: opens PGlite with the settings named in argv, migrates, idles, prints its RSS in MiB. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrate } from '../../backend/src/db/migrate';
import { PGLITE_MEMORY_SETTINGS } from '../../backend/src/db/pglite';

const tuned = process.argv[2] === 'tuned';
const dataDir = mkdtempSync(join(tmpdir(), 'pglite-rss-'));
try {
  // A first start runs initdb in a second WebAssembly instance; a restart does not.
  if (process.argv[3] === 'restart') await (await PGlite.create({ dataDir })).close();
  const before = process.memoryUsage().rss;
  const pglite = await PGlite.create({ dataDir, ...(tuned ? PGLITE_MEMORY_SETTINGS : {}) });
  const db = new Kysely<any>({ dialect: new PGliteDialect(pglite) });
  await migrate({ db, driver: 'pglite', changes: null as never, close: async () => undefined } as never);
  await pglite.query('select count(*) from pg_class');
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 500));
  console.log(JSON.stringify({ mode: process.argv.slice(2).join(' '), rssBeforeMiB: Math.round(before / 2 ** 20), rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20), wasmMiB: Math.round(pglite.Module.HEAPU8.length / 2 ** 20) }));
  await pglite.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
