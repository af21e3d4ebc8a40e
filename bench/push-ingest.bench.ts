/**
 * Push ingest: mutations per second through the real sync path, beside a raw multi-row INSERT
 * of the same rows measured in the same run, on each store. Paths take turns batch by batch
 * (the order rotating every round) so they see the same table sizes and the same background
 * load; the ratio sync/raw is what to compare across machines, not the absolute rates.
 */
import { backends } from './push-ingest/backends';
import { createBenchOrg } from './push-ingest/org';
import { applyPushPath, concurrently, httpPath, oneByOnePath, rawInsertPath, type IngestPath } from './push-ingest/paths';
import { MEMBER_COUNT } from './push-ingest/org';
import { BATCH_SIZE } from './push-ingest/workload';
import { figures, timed } from './lib/stats';
import { TablePrinter, formatCount, formatMs, formatRatio } from './lib/table';

const WARMUP_ROUNDS = 5;
const MEASURED_ROUNDS = 50;
/** Rounds of the concurrent paths, each MEMBER_COUNT batches at once. */
const CONCURRENT_WARMUP_ROUNDS = 2;
const CONCURRENT_ROUNDS = 10;

/** Runs every path for the warm-up and measured rounds; returns each path's measured run latencies. */
async function measure(paths: readonly IngestPath[], warmup: number, measured: number): Promise<number[][]> {
  const latencies = paths.map((): number[] => []);
  for (let round = 0; round < warmup + measured; round++) {
    for (let k = 0; k < paths.length; k++) {
      const index = (round + k) % paths.length;
      const run = paths[index]!.prepare(round);
      const ms = await timed(run);
      if (round >= warmup) latencies[index]!.push(ms);
    }
  }
  return latencies;
}

const table = new TablePrinter([
  { title: 'store', width: 14 },
  { title: 'path', width: 22 },
  { title: 'mutations/s', width: 11, align: 'right' },
  { title: 'p50 ms', width: 7, align: 'right' },
  { title: 'p95 ms', width: 7, align: 'right' },
  { title: 'vs raw', width: 6, align: 'right' },
]);

console.log(
  `Push ingest: ${MEASURED_ROUNDS} batches x ${BATCH_SIZE} mutations per path (half metric.record, half feedback.create, ` +
    `both with ticket context), one sync client per agent, after ${WARMUP_ROUNDS} warm-up batches; then ${CONCURRENT_ROUNDS} rounds ` +
    `of ${MEMBER_COUNT} such batches at once (x${MEMBER_COUNT}: every agent's client, or ${MEMBER_COUNT} raw writers), after ${CONCURRENT_WARMUP_ROUNDS} warm-up rounds.`,
);

/** Measures `paths` and prints each beside the raw one (the last). */
async function report(label: string, paths: readonly IngestPath[], warmup: number, measured: number, itemsPerRun: number): Promise<void> {
  const latencies = await measure(paths, warmup, measured);
  const results = latencies.map((ms) => figures(ms, itemsPerRun));
  const rawRate = results.at(-1)!.ratePerSecond;
  paths.forEach((path, i) => {
    const { ratePerSecond, p50Ms, p95Ms } = results[i]!;
    table.row([label, path.label, formatCount(ratePerSecond), formatMs(p50Ms), formatMs(p95Ms), i === paths.length - 1 ? '' : formatRatio(ratePerSecond / rawRate)]);
  });
}

if (!process.env.DATABASE_URL) console.log('PostgreSQL: skipped (set DATABASE_URL to include it).');
table.header();
for (const backend of backends(process.env)) {
  const { database, close } = await backend.open();
  try {
    const org = await createBenchOrg(database);
    const raw = rawInsertPath(database, org);
    const push = applyPushPath(database, org);
    // The HTTP layer costs the same on every store; measuring it once keeps the run short.
    const http = backend.label === 'pglite memory' ? [httpPath(database, org)] : [];
    await report(backend.label, [push, oneByOnePath(database, org), ...http, raw], WARMUP_ROUNDS, MEASURED_ROUNDS, BATCH_SIZE);
    const parallel = (path: IngestPath) => concurrently(path, MEMBER_COUNT);
    await report(backend.label, [parallel(push), parallel(raw)], CONCURRENT_WARMUP_ROUNDS, CONCURRENT_ROUNDS, BATCH_SIZE * MEMBER_COUNT);
  } finally {
    await close();
  }
}
