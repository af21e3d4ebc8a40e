import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // Resolves `wxt/browser` to WXT's in-memory fake so storage and runtime code runs in tests.
  plugins: [WxtVitest({ root: import.meta.dirname })],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    name: 'extension',
    root: import.meta.dirname,
    setupFiles: ['../scripts/vitest-patient-wait.ts', './testing/ui-language.ts'],
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**'],
    environment: 'happy-dom',
    environmentOptions: {
      // Fixtures are saved pages: their stylesheets and scripts point at hosts that tests never reach.
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          disableJavaScriptEvaluation: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
  },
});
