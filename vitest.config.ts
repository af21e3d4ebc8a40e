import { defineConfig } from 'vitest/config';

/** One test command for the whole repo: each workspace is a vitest project with its own environment. */
export default defineConfig({
  test: {
    projects: ['sdk/vitest.config.ts', 'backend/vitest.config.ts', 'extension/vitest.config.ts', 'e2e/vitest.config.ts'],
  },
});
