// @ts-check
/**
 * Mutation testing of the rules that protect people's data: who sees and changes what
 * (visibility, access, token and embed resolution) and whether data is kept exactly once
 * (push, pull, cursors, the outbox and pending-row rules, the progress math).
 * `npm run mutation` runs it; `npm run mutation -- --mutate backend/src/sync/cursor.ts` one file.
 * Survivors that no test can kill are explained in stryker.survivors.md.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // The first run collects per-test coverage over PGlite-backed suites: minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  // Not 'perTest': on vitest 5 the runner's per-test name filter matches no test (vitest now
  // joins suite and test names with ' > '), so every covered mutant would "survive" unexamined
  // (Stryker issue 6210). 'all' runs the related test files whole, stopping at the first failure.
  coverageAnalysis: 'all',
  mutate: [
    'backend/src/sync/visibility.ts',
    'backend/src/sync/access.ts',
    'backend/src/sync/push.ts',
    'backend/src/sync/pull.ts',
    'backend/src/sync/cursor.ts',
    'backend/src/auth/authenticate.ts',
    'backend/src/auth/token-resolver.ts',
    'backend/src/auth/tokens.ts',
    'backend/src/auth/embed-resolver.ts',
    'backend/src/auth/embed-scope.ts',
    'backend/src/auth/principal.ts',
    'sdk/src/store/outbox.ts',
    'sdk/src/store/local/*.ts',
    '!sdk/src/store/local/*.test.ts',
    'sdk/src/store/pull/apply-pull.ts',
    'sdk/src/model/progress.ts',
  ],
  // The machine is shared: two test processes at most.
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.sightline-data', 'reports', 'extension/.output', 'extension/.wxt', 'sdk/dist', 'e2e'],
};
