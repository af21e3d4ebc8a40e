/**
 * `npm run mutation [-- <file[:lines]>...]`: mutation-tests each critical file (all of them by
 * default) in turn, one Stryker run per file, then prints each file's score. A score counts
 * killed and timed-out mutants against all mutants that ran; the target is 90% per file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { targets } from './targets.mjs';

const TARGET = 90;
const requested = process.argv.slice(2);
const unknown = requested.filter((arg) => !targets[arg.replace(/:\d+(?:-\d+)?$/, '')]);
if (unknown.length > 0) {
  console.error(`Not a mutation target: ${unknown.join(', ')}\nTargets: ${Object.keys(targets).join(', ')}`);
  process.exit(2);
}

/** Stryker's own score: detected mutants over all that were tested. */
function score(file) {
  const report = JSON.parse(readFileSync(`reports/mutation/${file.replace(/[/.]/g, '-')}.json`, 'utf8'));
  const counts = {};
  for (const mutant of Object.values(report.files).flatMap((f) => f.mutants)) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const tested = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { detected, tested, survived: counts.Survived ?? 0, percent: tested === 0 ? 100 : (100 * detected) / tested };
}

const rows = [];
for (const mutate of requested.length > 0 ? requested : Object.keys(targets)) {
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, SIGHTLINE_MUTATE: mutate } });
  if (run.status !== 0) {
    console.error(`Stryker failed on ${mutate}`);
    process.exit(run.status ?? 1);
  }
  rows.push({ mutate, ...score(mutate.replace(/:\d+(?:-\d+)?$/, '')) });
}

console.log('\nMutation score per file (target >= 90%)');
for (const { mutate, detected, tested, survived, percent } of rows) {
  console.log(`${percent >= TARGET ? 'ok  ' : 'LOW '} ${percent.toFixed(1).padStart(5)}%  ${String(detected).padStart(3)}/${String(tested).padEnd(3)} survived ${String(survived).padEnd(3)} ${mutate}`);
}
process.exitCode = rows.every((row) => row.percent >= TARGET) ? 0 : 1;
