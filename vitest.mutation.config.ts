import { defineConfig } from 'vitest/config';
import sdk from './sdk/vitest.config';
import backend from './backend/vitest.config';

/**
 * The projects Stryker's command runner runs a mutated file's tests in (stryker.config.mjs):
 * the sdk and backend workspaces with their own environments, without the browser and e2e
 * projects, whose configs would only slow every mutant's start.
 */
export default defineConfig({ test: { projects: [sdk, backend] } });
