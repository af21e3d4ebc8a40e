/**
 * SDK bundle sizes: every file the ESM entry can load (raw, gzip, brotli; eager files are
 * fetched before first paint, lazy ones when a widget or Sightline.init asks), the totals
 * against the budgets of sdk/src/bundle-size.test.ts, and the single-file build. Compression
 * ratios are against each file's raw size.
 */
import { readFileSync } from 'node:fs';
import { BUDGET, KB, SINGLE_FILE, oneViewer, readBundle, sizes, sum, type BundleFile } from '@sightline/sdk/bundle-files';
import { TablePrinter, formatRatio } from './lib/table';
import { buildSdk } from './sdk-build';

const kb = (bytes: number) => (bytes / KB).toFixed(1);

const table = new TablePrinter([
  { title: 'file', width: 40 },
  { title: 'loaded', width: 6 },
  { title: 'raw KB', width: 7, align: 'right' },
  { title: 'gzip KB', width: 7, align: 'right' },
  { title: 'brotli KB', width: 9, align: 'right' },
  { title: 'gzip/raw', width: 8, align: 'right' },
  { title: 'brotli/raw', width: 10, align: 'right' },
  { title: 'gzip/budget', width: 11, align: 'right' },
]);

function row(label: string, loaded: string, f: Pick<BundleFile, 'raw' | 'gzip' | 'brotli'>, budget?: number): void {
  table.row([label, loaded, kb(f.raw), kb(f.gzip), kb(f.brotli), formatRatio(f.gzip / f.raw), formatRatio(f.brotli / f.raw), budget ? formatRatio(f.gzip / budget) : '']);
}

const totals = (files: readonly BundleFile[]) => ({ raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') });

buildSdk();
const files = readBundle();
console.log(`SDK bundle sizes (1 KB = ${KB} bytes; gzip level 9, brotli quality 11), budgets: entry ${kb(BUDGET.entry)} KB, total ${kb(BUDGET.total)} KB gzip.`);
table.header();
for (const f of files) row(`esm/${f.path}`, f.eager ? 'eager' : 'lazy', f);
row('entry (eager files)', '', totals(files.filter((f) => f.eager)), BUDGET.entry);
row(`total (${files.length} files)`, '', totals(files));
row('one viewer (one locale)', '', totals(oneViewer(files)), BUDGET.total);
row('sightline.js (single file)', 'all', sizes(readFileSync(SINGLE_FILE)));
