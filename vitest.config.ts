import { defineConfig } from 'vitest/config';
// Vitest's reporters need Map.groupBy, which Node 20 lacks; the config loads in the main process before them.
import './scripts/node20-polyfills.mjs';

/** One test command for the whole repo: each workspace is a vitest project with its own environment. */
export default defineConfig({
  test: {
    projects: ['sdk/vitest.config.ts', 'backend/vitest.config.ts', 'extension/vitest.config.ts', 'e2e/vitest.config.ts'],
  },
});
