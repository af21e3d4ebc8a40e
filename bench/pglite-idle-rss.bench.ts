/**
 * Defect 9: an idle PGlite server held 860-890 MB of RSS. Each case runs in a fresh Node process
 * (bench/pglite-rss/idle-rss.ts): PGlite's defaults against PGLITE_MEMORY_SETTINGS, on a first
 * start (initdb runs in a second WebAssembly instance of the same process) and on a restart.
 * Prints RSS and WebAssembly heap, and the tuned/default ratio.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const child = join(import.meta.dirname, 'pglite-rss', 'idle-rss.ts');
const measure = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { rssMiB: number; wasmMiB: number };
};

for (const start of ['first', 'restart']) {
  const extra = start === 'restart' ? ['restart'] : [];
  const base = measure('default', ...extra);
  const tuned = measure('tuned', ...extra);
  console.log(
    `${start} start: RSS ${base.rssMiB} -> ${tuned.rssMiB} MiB (x${(tuned.rssMiB / base.rssMiB).toFixed(2)}), WebAssembly heap ${base.wasmMiB} -> ${tuned.wasmMiB} MiB`,
  );
}
