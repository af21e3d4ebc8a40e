/**
 * SDK bundles. `esm/`: the widget entry plus lazily loaded chunks (each widget's code when its
 * first element connects; the store, sync engine and zod once a page calls Sightline.init), for
 * bundler users and `<script type=module>`. `sightline.js`: one self-contained file for a plain
 * `<script src>` tag. `console/`: the console web app served at /app. Size budgets: sdk/src/bundle-size.test.ts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { hostStylesheet } from './sdk/src/widgets/host-stylesheet';

/**
 * Dexie's package entry wraps its UMD build and shares one Dexie per page through a global,
 * throwing when the host page already loaded another version. An embedded SDK must not depend
 * on what the host page loaded, so it bundles Dexie's own ES module build (also smaller).
 */
const privateDexie = (): Plugin => {
  const esmBuild = createRequire(import.meta.url).resolve('dexie/dist/modern/dexie.mjs');
  return { name: 'private-dexie', resolveId: (id) => (id === 'dexie' ? esmBuild : null) };
};

/** Chunk names carry content hashes, so a rebuild would otherwise leave the old ones beside the new. */
const emptyDir = (dir: string): Plugin => ({ name: 'empty-dir', buildStart: () => rmSync(dir, { recursive: true, force: true }) });

/** The console's stylesheet, a file of its own so the page's CSP needs no inline style. */
const consoleStylesheet = (): Plugin => ({
  name: 'console-stylesheet',
  buildStart() {
    this.addWatchFile('sdk/src/console/console.css');
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'console.css', source: readFileSync('sdk/src/console/console.css', 'utf8') });
  },
});

/** sightline.css beside the single-file build: the room host pages reserve for the elements (host-stylesheet.ts). */
const hostCss = (): Plugin => ({
  name: 'host-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'sightline.css', source: hostStylesheet() });
  },
});

/** `embedded`: the bundles host pages load, minified by terser (2.7 KB gzip smaller than esbuild's minifier here). */
const plugins = ({ embedded = false } = {}): Plugin[] => [
  privateDexie(),
  nodeResolve({ browser: true, extensions: ['.ts', '.tsx', '.mjs', '.js'] }),
  // ES2022 (class fields and static blocks kept as written): Chrome and Edge 94+, Firefox 93+,
  // Safari 16.4+. Lowering them to ES2020 cost 3.1 KB gzip across the bundle (90.7 KB against 87.6).
  esbuild({ target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', minify: !embedded, legalComments: 'none' }),
  ...(embedded ? [terser({ module: true, compress: { passes: 2 }, format: { comments: false } })] : []),
];

const entry = 'sdk/src/embed.ts';

/**
 * Named chunks for what the engine and forms load: Dexie, zod and the model's schemas, each
 * cached across SDK releases that leave it alone, and named so size reports say what is what.
 * The model's zod-free modules, which widgets share, get chunks of their own: rollup would
 * otherwise pull them into `model`, and every widget would import zod with it.
 */
function namedChunks(id: string): string | undefined {
  const library = /\/node_modules\/(dexie|zod)\//.exec(id)?.[1];
  if (library) return library;
  const zodFree = /\/sdk\/src\/model\/(uuid|progress)\.ts$/.exec(id)?.[1];
  if (zodFree) return zodFree;
  if (id.includes('/sdk/src/model/') || id.endsWith('/sdk/src/csp-safe-zod.ts')) return 'model';
  // Each locale's widget words: a viewer fetches one of them (see sdk/src/bundle-files.ts).
  const locale = /\/sdk\/src\/i18n\/widgets\/(\w+)\.ts$/.exec(id)?.[1];
  if (locale && locale !== 'i18n') return `locale-${locale}`;
  return undefined;
}

export default defineConfig([
  {
    input: { sightline: entry },
    plugins: [emptyDir('sdk/dist/esm'), ...plugins({ embedded: true })],
    // Lets the entry export what lazy chunks share with it, instead of hiding behind a facade chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'sdk/dist/esm',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: namedChunks,
      sourcemap: true,
    },
  },
  {
    input: entry,
    plugins: [...plugins({ embedded: true }), hostCss()],
    output: { file: 'sdk/dist/sightline.js', format: 'iife', inlineDynamicImports: true, sourcemap: true },
  },
  {
    // The console at /app (backend/src/console): the same widgets, store and sync engine.
    input: { console: 'sdk/src/console/main.tsx' },
    plugins: [emptyDir('sdk/dist/console'), consoleStylesheet(), ...plugins()],
    output: { dir: 'sdk/dist/console', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks: namedChunks, sourcemap: true },
  },
  {
    input: 'sdk/src/offline/service-worker.ts',
    plugins: plugins(),
    output: { file: 'sdk/dist/sightline-sw.js', format: 'iife' },
  },
]);
