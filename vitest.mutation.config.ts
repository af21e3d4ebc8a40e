import { defineProject, defineConfig } from 'vitest/config';
import sdk from './sdk/vitest.config';
import backend from './backend/vitest.config';
import './scripts/node20-polyfills.mjs';

/**
 * The tests Stryker runs against each mutant: those that exercise the critical modules listed
 * in stryker.config.mjs, nothing else (browser and e2e suites would make a run take days).
 * Each project keeps its workspace's environment; only the file list (and the sdk's timeout) change.
 */
export default defineConfig({
  test: {
    projects: [
      defineProject({
        ...sdk,
        test: {
          ...sdk.test,
          // Instrumented code on a shared machine runs several times slower than the plain build.
          testTimeout: 60_000,
          include: [
            'src/model/progress*.test.ts',
            'src/store/local/*.test.ts',
            'src/store/pull/*.test.ts',
            'src/store/outbox.test.ts',
            'src/sync/engine.test.ts',
            'src/sync/convergence.test.ts',
          ],
        },
      }),
      defineProject({
        ...backend,
        test: {
          ...backend.test,
          include: [
            'src/sync/*.test.ts',
            'src/sync/handlers/*.test.ts',
            'src/auth/*.test.ts',
            'src/routes/auth.test.ts',
            'src/routes/sync.test.ts',
            'src/routes/embed-keys.test.ts',
            'test/visibility-matrix.test.ts',
            'test/tenant-isolation.test.ts',
          ],
        },
      }),
    ],
  },
});
