/**
 * Core Web Vitals with the widgets in: Lighthouse (performance, accessibility and best-practice
 * scores; CLS, LCP and TBT) over `npm start`'s demo intranet and over a plain host page with one
 * of each widget, cold and warm, on Lighthouse's mobile and desktop settings. Beside each, the
 * same page without the widgets, measured in the same run: the intranet with its SDK requests
 * blocked (its widget elements stay empty), the host page in a copy without them.
 * Targets (issue 14): CLS <= 0.05 cold and warm, LCP <= 1.2x the page without widgets,
 * accessibility >= 0.98, best practices 1.0. Each figure is the median of LIGHTHOUSE_RUNS runs (default 3);
 * one run of everything takes about ten minutes on two busy cores.
 */
import { percentile } from './lib/stats';
import { TablePrinter, formatMs, formatRatio } from './lib/table';
import { buildSdk } from './sdk-build';
import { startDemoServer } from './demo-server';
import { startHostSite } from './host-site';
import { launchLighthouse, type Figures, type FormFactor, type Load } from './lighthouse-run';

/** LIGHTHOUSE_FORM_FACTORS=desktop (or mobile) runs one, for a quicker look. */
const FORM_FACTORS = (process.env.LIGHTHOUSE_FORM_FACTORS ?? 'mobile,desktop').split(',') as FormFactor[];
/** LIGHTHOUSE_PAGES=host (or intranet) measures one page. */
const PAGE_NAMES = (process.env.LIGHTHOUSE_PAGES ?? 'intranet,host').split(',');
/** Lighthouse runs per page and load; the table gives each figure's median (LIGHTHOUSE_RUNS=1 for a quick look). */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGET = { cls: 0.05, lcpRatio: 1.2, accessibility: 0.98, bestPractices: 1 };

interface Page {
  name: string;
  withWidgets: string;
  without: { url: string; blockedUrlPatterns?: string[] };
}

const NUMERIC = ['performance', 'accessibility', 'bestPractices', 'cls', 'lcpMs', 'tbtMs'] as const;

/** Each numeric figure's median over the runs; what was named (LCP element, shifts, failed audits) from the median-LCP run. */
function medianOf(runs: Figures[]): Figures {
  const byLcp = [...runs].sort((a, b) => a.lcpMs - b.lcpMs);
  const middle = byLcp[Math.floor((byLcp.length - 1) / 2)]!;
  const median = (key: (typeof NUMERIC)[number]) => percentile([...runs.map((r) => r[key])].sort((a, b) => a - b), 50);
  return { ...middle, ...Object.fromEntries(NUMERIC.map((key) => [key, median(key)])) };
}

function problems(w: Figures, bare: Figures): string[] {
  const found: string[] = [];
  if (w.cls > TARGET.cls) found.push(`CLS > ${TARGET.cls}`);
  if (w.lcpMs / bare.lcpMs > TARGET.lcpRatio) found.push(`LCP > ${TARGET.lcpRatio}x`);
  if (w.accessibility < TARGET.accessibility) found.push(`a11y < ${TARGET.accessibility}`);
  if (w.bestPractices < TARGET.bestPractices) found.push('best practices < 1');
  return found;
}

buildSdk();
const server = await startDemoServer();
const demoHtml = await (await fetch(`${server.origin}/demo`)).text();
const metricId = /<sightline-kpi metric="([^"]+)"/.exec(demoHtml)?.[1];
if (!metricId) throw new Error('the demo intranet page has no <sightline-kpi metric="...">');
const host = await startHostSite(server.origin, metricId, server.token);
const lighthouse = await launchLighthouse();
let failures = 0;
try {
  const allPages: Page[] = [
    { name: 'intranet', withWidgets: `${server.origin}/demo`, without: { url: `${server.origin}/demo`, blockedUrlPatterns: ['*/sdk/*'] } },
    {
      name: 'host page',
      withWidgets: `${host.origin}/host.html`,
      without: { url: `${host.origin}/host-bare.html` },
    },
  ];
  const pages = allPages.filter((page) => PAGE_NAMES.includes(page.name.split(' ')[0]!));
  const table = new TablePrinter([
    { title: 'form factor', width: 11 },
    { title: 'page', width: 9 },
    { title: 'load', width: 4 },
    { title: 'perf', width: 4, align: 'right' },
    { title: 'a11y', width: 4, align: 'right' },
    { title: 'bp', width: 4, align: 'right' },
    { title: 'CLS', width: 5, align: 'right' },
    { title: 'LCP ms', width: 7, align: 'right' },
    { title: 'TBT ms', width: 6, align: 'right' },
    { title: 'bare CLS', width: 8, align: 'right' },
    { title: 'LCP ms', width: 7, align: 'right' },
    { title: 'TBT ms', width: 6, align: 'right' },
    { title: 'LCP/bare', width: 8, align: 'right' },
    { title: 'targets', width: 7 },
  ]);
  console.log(`Lighthouse over ${server.origin}/demo and a plain host page, each beside the same page without the widgets ("bare"); medians of ${RUNS} runs.`);
  table.header();
  const notes: string[] = [];
  for (const formFactor of FORM_FACTORS) {
    for (const page of pages) {
      // Cold first, each clearing the origin's storage (so the bare page goes first); then warm, keeping what the cold load stored.
      const run = (url: string, load: Load, blockedUrlPatterns?: string[]) => lighthouse.run(url, { formFactor, load, blockedUrlPatterns });
      const without = page.without;
      const runs = { cold: { w: [] as Figures[], bare: [] as Figures[] }, warm: { w: [] as Figures[], bare: [] as Figures[] } };
      for (let i = 0; i < RUNS; i++) {
        runs.cold.bare.push(await run(without.url, 'cold', without.blockedUrlPatterns));
        runs.cold.w.push(await run(page.withWidgets, 'cold'));
        runs.warm.w.push(await run(page.withWidgets, 'warm'));
        runs.warm.bare.push(await run(without.url, 'warm', without.blockedUrlPatterns));
      }
      const figures = {
        cold: { w: medianOf(runs.cold.w), bare: medianOf(runs.cold.bare) },
        warm: { w: medianOf(runs.warm.w), bare: medianOf(runs.warm.bare) },
      };
      for (const load of ['cold', 'warm'] as Load[]) {
        const { w, bare } = figures[load];
        const missed = problems(w, bare);
        failures += missed.length ? 1 : 0;
        const two = (n: number) => n.toFixed(2);
        table.row([formFactor, page.name, load, two(w.performance), two(w.accessibility), two(w.bestPractices), w.cls.toFixed(3), formatMs(w.lcpMs), formatMs(w.tbtMs), bare.cls.toFixed(3), formatMs(bare.lcpMs), formatMs(bare.tbtMs), formatRatio(w.lcpMs / bare.lcpMs), missed.length ? 'MISSED' : 'met']);
        const label = `${formFactor} ${page.name} ${load}`;
        if (missed.length) notes.push(`${label}: ${missed.join(', ')}`);
        notes.push(`${label}: LCP element ${w.lcpElement}, bare ${bare.lcpElement}`);
        if (w.shifts.length) notes.push(`${label} shifts: ${w.shifts.join('; ')}`);
        if (w.failed.length) notes.push(`${label} failed audits: ${w.failed.join(', ')}`);
      }
    }
  }
  for (const note of notes) console.log(`  ${note}`);
} finally {
  await lighthouse.close();
  await host.close();
  await server.close();
}
if (failures) process.exitCode = 1;
