import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'extension',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**'],
    environment: 'node',
    passWithNoTests: true,
  },
});
