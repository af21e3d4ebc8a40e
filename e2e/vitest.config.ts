import { defineConfig } from 'vitest/config';

/** Real-browser tests: the demo intranet, the built SDK and the extension against an in-process backend, in Chromium and Firefox. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./support/build-sdk.ts', './support/seeded-template.ts'],
    // One browser and one backend at a time: the machine's two cores are shared.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
