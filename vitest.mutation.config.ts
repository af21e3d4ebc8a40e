import { defineConfig } from 'vitest/config';
import sdk from './sdk/vitest.config';
import backend from './backend/vitest.config';

/**
 * The projects Stryker's command runner runs a mutated file's tests in (stryker.config.mjs):
 * the sdk and backend workspaces with their own environments, without the browser and e2e
 * projects, whose configs would only slow every mutant's start. Timeouts are generous: a test
 * that times out on a busy machine would count as a killed mutant, and Stryker has its own
 * timeout for mutants that hang.
 */
const patient = { testTimeout: 300_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    projects: [
      { ...sdk, test: { ...sdk.test, ...patient } },
      { ...backend, test: { ...backend.test, ...patient } },
    ],
  },
});
