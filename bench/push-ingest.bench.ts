/**
 * Push ingest: mutations per second through the real sync path, beside a raw multi-row INSERT
 * of the same rows measured in the same run, on each store. Paths take turns batch by batch
 * (the order rotating every round) so they see the same table sizes and the same background
 * load; the ratio sync/raw is what to compare across machines, not the absolute rates.
 */
import { backends } from './push-ingest/backends';
import { createBenchOrg } from './push-ingest/org';
import { applyPushPath, httpPath, rawInsertPath, type IngestPath } from './push-ingest/paths';
import { BATCH_SIZE } from './push-ingest/workload';
import { figures, timed } from './lib/stats';
import { TablePrinter, formatCount, formatMs, formatRatio } from './lib/table';

const WARMUP_ROUNDS = 5;
const MEASURED_ROUNDS = 50;

/** Runs every path for the warm-up and measured rounds; returns each path's measured batch latencies. */
async function measure(paths: readonly IngestPath[]): Promise<number[][]> {
  const latencies = paths.map((): number[] => []);
  for (let round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
    for (let k = 0; k < paths.length; k++) {
      const index = (round + k) % paths.length;
      const run = paths[index]!.prepare(round);
      const ms = await timed(run);
      if (round >= WARMUP_ROUNDS) latencies[index]!.push(ms);
    }
  }
  return latencies;
}

const table = new TablePrinter([
  { title: 'store', width: 14 },
  { title: 'path', width: 18 },
  { title: 'mutations/s', width: 11, align: 'right' },
  { title: 'p50 ms', width: 7, align: 'right' },
  { title: 'p95 ms', width: 7, align: 'right' },
  { title: 'vs raw', width: 6, align: 'right' },
]);

console.log(
  `Push ingest: ${MEASURED_ROUNDS} batches x ${BATCH_SIZE} mutations per path (half metric.record, half feedback.create, ` +
    `both with ticket context), one sync client per agent, after ${WARMUP_ROUNDS} warm-up batches.`,
);
if (!process.env.DATABASE_URL) console.log('PostgreSQL: skipped (set DATABASE_URL to include it).');
table.header();
for (const backend of backends(process.env)) {
  const { database, close } = await backend.open();
  try {
    const org = await createBenchOrg(database);
    const raw = rawInsertPath(database, org);
    // The HTTP layer costs the same on every store; measuring it once keeps the run short.
    const paths = [applyPushPath(database, org), ...(backend.label === 'pglite memory' ? [httpPath(database, org)] : []), raw];
    const latencies = await measure(paths);
    const results = latencies.map((ms) => figures(ms, BATCH_SIZE));
    const rawRate = results[paths.indexOf(raw)]!.ratePerSecond;
    paths.forEach((path, i) => {
      const { ratePerSecond, p50Ms, p95Ms } = results[i]!;
      table.row([backend.label, path.label, formatCount(ratePerSecond), formatMs(p50Ms), formatMs(p95Ms), path === raw ? '' : formatRatio(ratePerSecond / rawRate)]);
    });
  } finally {
    await close();
  }
}
