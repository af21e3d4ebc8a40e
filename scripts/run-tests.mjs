#!/usr/bin/env node
/**
 * The one test command: type-check, build what the browser tests load, run every vitest
 * project, then print a plain "N passed, N failed" line that CI tooling can read.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const polyfills = new URL('./node20-polyfills.mjs', import.meta.url).href;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${polyfills}`.trim() };

const step = (label, cmd, args) => {
  console.log(`\n[test] ${label}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  return status ?? 1;
};

const fail = (code) => process.exit(code);

let code = step('type-check', 'npx', ['tsc', '-p', '.']);
if (code) fail(code);
// The extension's tsconfig extends the one `wxt prepare` generates (also run on install).
code = step('type-check extension', 'sh', ['-c', 'cd extension && npx wxt prepare >/dev/null && npx tsc -p .']);
if (code) fail(code);
code = step('build SDK and extension', 'npm', ['run', 'build']);
if (code) fail(code);
code = step('Firefox build and web-ext lint (errors fail)', 'sh', ['-c', 'npm run -s build:firefox -w extension >/dev/null && npm run -s lint:firefox -w extension']);
if (code) fail(code);

const results = '.vitest-results.json';
rmSync(results, { force: true });
code = step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)]);

try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  // A file that fails to load has no failed assertions; count it so the line never hides it.
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed, ${skipped} skipped`);
  if (r.numTotalTests === 0) code ||= 1;
} catch {
  console.log('\ntests: 0 passed, 1 failed');
  code ||= 1;
}
fail(code);
