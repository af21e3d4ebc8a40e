/**
 * Size budgets of the built ESM bundle (gzip; `npm test` builds before it runs vitest):
 * what a page fetches before the widgets can paint, and everything the SDK can ever load.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BUDGET, KB, SINGLE_FILE, oneViewer, readBundle, sizes, sum, type BundleFile } from './bundle-files';

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function overBudget(what: string, files: readonly BundleFile[], budget: number): string {
  const lines = [...files].sort((a, b) => b.gzip - a.gzip).map((f) => `  ${f.path.padEnd(36)} ${kb(f.gzip).padStart(9)}`);
  return `${what} is ${kb(sum(files, 'gzip'))} gzip, over its ${kb(budget)} budget by ${kb(sum(files, 'gzip') - budget)}:\n${lines.join('\n')}`;
}

describe('SDK bundle size (gzip)', () => {
  const files = readBundle();

  it('keeps the widget entry within its budget', () => {
    const eager = files.filter((f) => f.eager);
    expect(sum(eager, 'gzip') <= BUDGET.entry, overBudget('the widget entry (sightline.js and its static imports)', eager, BUDGET.entry)).toBe(true);
  });

  it('keeps the entry and every chunk it can load for one viewer within the total budget', () => {
    const viewer = oneViewer(files);
    expect(sum(viewer, 'gzip') <= BUDGET.total, overBudget('the whole ESM bundle (one locale)', viewer, BUDGET.total)).toBe(true);
  });

  it('has a catalog chunk per locale, each loaded only when asked for', () => {
    expect(files.filter((f) => f.path.startsWith('chunks/locale-')).map((f) => [f.path.replace(/-[\w-]{8}\.js$/, ''), f.eager])).toEqual([
      ['chunks/locale-de', false],
      ['chunks/locale-en', false],
    ]);
  });

  it('keeps the single-file build for a plain script tag within the total budget', () => {
    const { gzip } = sizes(readFileSync(SINGLE_FILE));
    expect(gzip <= BUDGET.total, `sightline.js (single file) is ${kb(gzip)} gzip, over its ${kb(BUDGET.total)} budget`).toBe(true);
  });

  it('loads the engine, Dexie and zod only when asked for', () => {
    const heavy = /^chunks\/(dexie|start-client|zod)-/;
    expect(files.filter((f) => heavy.test(f.path)).map((f) => [f.path.replace(/-[\w-]{8}\.js$/, ''), f.eager])).toEqual([
      ['chunks/dexie', false],
      ['chunks/start-client', false],
      ['chunks/zod', false],
    ]);
  });
});
