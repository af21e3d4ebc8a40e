/**
 * SDK bundles. `esm/`: the widget entry plus lazily loaded chunks (the store and sync engine
 * are only fetched once a page calls Sightline.init), for bundler users and `<script type=module>`.
 * `sightline.js`: one self-contained file for a plain `<script src>` tag.
 */
import { defineConfig, type Plugin } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const plugins = (): Plugin[] => [
  nodeResolve({ browser: true, extensions: ['.ts', '.tsx', '.mjs', '.js'] }),
  commonjs(),
  esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', minify: true, legalComments: 'none' }),
];

const entry = 'sdk/src/embed.ts';

export default defineConfig([
  {
    input: { sightline: entry },
    plugins: plugins(),
    output: {
      dir: 'sdk/dist/esm',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    input: entry,
    plugins: plugins(),
    output: { file: 'sdk/dist/sightline.js', format: 'iife', inlineDynamicImports: true, sourcemap: true },
  },
]);
