/** Figures from repeated timed runs: throughput over the time actually spent, and latency percentiles. */

export interface RunFigures {
  /** Items per second over the summed run times (idle time between runs excluded). */
  ratePerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

/** Nearest-rank percentile of ascending `sorted` (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function figures(latenciesMs: readonly number[], itemsPerRun: number): RunFigures {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const totalMs = sorted.reduce((sum, ms) => sum + ms, 0);
  return { ratePerSecond: (itemsPerRun * sorted.length * 1000) / totalMs, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
}

/** Times `run` in milliseconds. */
export async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
