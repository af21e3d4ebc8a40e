/**
 * `npm run bench [-- <name>...]`: runs every `bench/*.bench.ts` (or those whose file name
 * contains one of the names), each in its own Node process so one bench's heap and JIT state
 * never colour another's figures, one after another so they do not compete for the CPU.
 * Each bench prints its own figures; a failing bench fails the run but the others still run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

const BENCH_DIR = import.meta.dirname;
const filters = process.argv.slice(2);
const benches = readdirSync(BENCH_DIR)
  .filter((file) => file.endsWith('.bench.ts') && (filters.length === 0 || filters.some((f) => file.includes(f))))
  .sort();
if (benches.length === 0) {
  console.error(`no bench/*.bench.ts matches ${filters.join(', ') || '(no filter)'}`);
  process.exit(1);
}

console.log(`Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'})`);
const failed: string[] = [];
for (const file of benches) {
  console.log(`\n[bench] ${file}`);
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, file)], { stdio: 'inherit' });
  if (status !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
