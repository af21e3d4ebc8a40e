/**
 * Finds the highest request rate a server sustains: short autocannon steps at doubling
 * connection counts, stopping at the first step that errs, times out, answers non-2xx, gains
 * less than STEP_GAIN in throughput or lets p99 exceed P99_LIMIT_MS. The best clean step's
 * connection count is the sustainable one; holding it for the full duration is the caller's.
 */
import autocannon, { type Request, type Result } from 'autocannon';

export interface Step {
  connections: number;
  result: Result;
}

const STEP_GAIN = 1.05;
const clean = (r: Result) => r.errors === 0 && r.timeouts === 0 && r.non2xx === 0;

export async function searchSustainableConnections(options: {
  url: string;
  requests: Request[];
  stepSeconds: number;
  maxConnections: number;
  p99LimitMs: number;
  onStep?: (step: Step) => void;
}): Promise<{ best: Step | undefined; steps: Step[] }> {
  const steps: Step[] = [];
  let best: Step | undefined;
  for (let connections = 1; connections <= options.maxConnections; connections *= 2) {
    const result = await autocannon({ url: options.url, connections, duration: options.stepSeconds, requests: options.requests });
    const step = { connections, result };
    steps.push(step);
    options.onStep?.(step);
    if (!clean(result) || result.latency.p99 > options.p99LimitMs) break;
    const gained = !best || result.requests.average >= best.result.requests.average * STEP_GAIN;
    if (!best || result.requests.average > best.result.requests.average) best = step;
    if (!gained) break;
  }
  return { best, steps };
}
