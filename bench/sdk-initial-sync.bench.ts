/**
 * Initial sync in Chromium: a support manager's first Sightline.init on an empty device pulls
 * ~10,000 rows (metric values and feedback recorded through the real push path by the
 * push-ingest workload, plus the org around them) from a real backend into the SDK's IndexedDB store.
 * Beside it, in the same browser and run, the floor: fetch the same pull response and write
 * every row into IndexedDB in one transaction, a put per row. Both are timed from their start
 * to the rows committed; the SDK's chunks come from the HTTP cache. Runs alternate.
 */
import type { Page } from 'playwright-core';
import { issueToken } from '@sightline/backend';
import { createBenchOrg } from './push-ingest/org';
import { applyPushPath } from './push-ingest/paths';
import { BATCH_SIZE } from './push-ingest/workload';
import { percentile } from './lib/stats';
import { TablePrinter, formatCount, formatMs, formatRatio } from './lib/table';
import { buildSdk } from './sdk-build';
import { launchChromium } from './sdk-browser';
import { startDemoSite, type DemoSite } from './sdk-site';

const RECORDS = 10_000;
const RUNS = 7;

/** The push-ingest org with RECORDS rows pushed by its agents, and a token for their manager (who may see them all). */
async function seedRecords(site: DemoSite): Promise<string> {
  const org = await createBenchOrg(site.database);
  const push = applyPushPath(site.database, org);
  for (let round = 0; round < RECORDS / BATCH_SIZE; round++) await push.prepare(round)();
  const manager = await site.database.db.selectFrom('persons').select('id').where('orgId', '=', org.orgId).where('role', '=', 'manager').executeTakeFirstOrThrow();
  return (await issueToken(site.database.db, { orgId: org.orgId, personId: manager.id, kind: 'person' })).token;
}

type Path = 'sightlineSync' | 'rawSync';

async function run(page: Page, url: string, path: Path, token: string): Promise<{ ms: number; rows: Record<string, number> }> {
  await page.goto(url);
  await page.evaluate(() => (window as unknown as { resetDevice(): Promise<void> }).resetDevice());
  const ms = await page.evaluate(([name, t]) => (window as unknown as Record<string, (token: string) => Promise<number>>)[name]!(t), [path, token] as const);
  const rows = await page.evaluate(() => (window as unknown as { storedRows(): Promise<Record<string, number>> }).storedRows());
  return { ms, rows };
}

/** Both paths must have stored every pulled row of the two big tables, or the timing means nothing. */
function checkStored(path: Path, rows: Record<string, number>): void {
  for (const table of ['metricValues', 'feedback']) {
    const stored = Object.entries(rows).find(([key]) => key.endsWith(`/${table}`) && !key.startsWith('sightline-accounts'))?.[1];
    if (stored !== RECORDS / 2) throw new Error(`${path} stored ${stored} ${table} rows, expected ${RECORDS / 2}: ${JSON.stringify(rows)}`);
  }
}

buildSdk();
const site = await startDemoSite();
const browser = await launchChromium();
try {
  const token = await seedRecords(site);
  const page = await (await browser.newContext()).newPage();
  const url = `${site.origin}/pages/initial-sync.html`;
  const ms: Record<Path, number[]> = { sightlineSync: [], rawSync: [] };
  const paths: Path[] = ['sightlineSync', 'rawSync'];
  for (const path of paths) checkStored(path, (await run(page, url, path, token)).rows); // warm-up: HTTP cache, JIT
  for (let i = 0; i < RUNS; i++) {
    for (const path of i % 2 ? [...paths].reverse() : paths) {
      const result = await run(page, url, path, token);
      checkStored(path, result.rows);
      ms[path].push(result.ms);
    }
  }

  const total = Object.values((await run(page, url, 'rawSync', token)).rows).reduce((n, c) => n + c, 0);
  console.log(
    `Initial sync of ${formatCount(total)} rows (${formatCount(RECORDS)} metric values and feedback) from a real backend into IndexedDB, ` +
      `Chromium ${browser.version()}, ${RUNS} runs each after a warm-up, empty IndexedDB every time.`,
  );
  const table = new TablePrinter([
    { title: 'path', width: 44 },
    { title: 'p50 ms', width: 8, align: 'right' },
    { title: 'min ms', width: 8, align: 'right' },
    { title: 'max ms', width: 8, align: 'right' },
    { title: 'vs raw', width: 6, align: 'right' },
  ]);
  table.header();
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  const rawMedian = percentile(sorted(ms.rawSync), 50);
  const labels: Record<Path, string> = {
    sightlineSync: 'Sightline.init until the first pull is applied',
    rawSync: 'raw: fetch pull, one transaction, put per row',
  };
  for (const path of paths) {
    const s = sorted(ms[path]);
    table.row([labels[path], formatMs(percentile(s, 50)), formatMs(s[0]!), formatMs(s.at(-1)!), path === 'rawSync' ? '' : formatRatio(percentile(s, 50) / rawMedian)]);
  }
} finally {
  await browser.close();
  await site.close();
}
