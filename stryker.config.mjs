// @ts-check
/**
 * Mutation testing of the rules that protect people's data: who sees and changes what
 * (visibility, access, token and embed resolution) and whether data is kept exactly once
 * (push, pull, cursors, the outbox and pending-row rules, the progress math).
 *
 * One run mutates one file (SIGHTLINE_MUTATE, set by scripts/mutation/run.mjs, which
 * `npm run mutation` calls) and runs only that file's tests (scripts/mutation/targets.mjs).
 * Stryker's command runner starts vitest per mutant, which reads the active mutant from the
 * environment: the vitest runner plugin activates no mutant on vitest 5 (stryker.survivors.md).
 * Survivors that no test can kill are explained in stryker.survivors.md.
 */
import { targets } from './scripts/mutation/targets.mjs';

const mutate = process.env.SIGHTLINE_MUTATE ?? '';
// A line range may follow the file (`file.ts:10-20`), to re-check a few mutants.
const file = mutate.replace(/:\d+(?:-\d+)?$/, '');
const tests = targets[file];
if (!tests) throw new Error(`SIGHTLINE_MUTATE must name one of: ${Object.keys(targets).join(', ')}`);
const slug = file.replace(/[/.]/g, '-');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: {
    // The polyfills make vitest's failure output work on Node 20; --bail stops at the first kill.
    // Without DATABASE_URL the storage suites run on in-memory PGlite only, not twice.
    command: `env -u DATABASE_URL node --import ./scripts/node20-polyfills.mjs node_modules/vitest/vitest.mjs run --config vitest.mutation.config.ts --bail 1 --reporter dot ${tests.join(' ')}`,
  },
  coverageAnalysis: 'off',
  mutate: [mutate],
  // The machine is shared: two test processes at most.
  concurrency: 2,
  // Re-runs test only the mutants whose code changed. The command runner cannot tell Stryker
  // which tests cover a mutant, so after changing tests run with --force. The file stays local
  // (reports/ is ignored): its results hold only for the tests of the tree they were made on.
  incremental: true,
  incrementalFile: `reports/mutation/incremental/${slug}.json`,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.sightline-data', 'reports', 'extension/.output', 'extension/.wxt', 'sdk/dist', 'e2e', 'docs/node_modules'],
};
