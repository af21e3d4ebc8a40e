/**
 * First paint of `<sightline-goals>` in Chromium, showing the demo org's goals from a real
 * backend: time from the page's first script to the goal rows painted (bench/sdk-pages/probe.js),
 * median of LOADS loads, cold (a fresh browser context: nothing cached, empty IndexedDB) and
 * warm (one context: the SDK from the HTTP cache, the goals from IndexedDB). Beside it, the
 * floor measured in the same run and the same way: a plain custom element that fetches the
 * same pull JSON and renders as many rows with DOM APIs. Loads alternate between the two.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uuidv7 } from '@sightline/sdk/model';
import { percentile } from './lib/stats';
import { TablePrinter, formatMs, formatRatio } from './lib/table';
import { buildSdk } from './sdk-build';
import { launchChromium } from './sdk-browser';
import { startDemoSite, type DemoSite } from './sdk-site';

const LOADS = 20;
const PAGES = { sightline: 'goals.html', vanilla: 'vanilla-goals.html' } as const;
type Variant = keyof typeof PAGES;

interface BenchWindow {
  bench: { start: number; painted?: number; violations?: string[] };
}

/** The goals the demo manager may see, as the pull the widget syncs from lists them. */
async function visibleGoalTitles(site: DemoSite): Promise<string[]> {
  const response = await fetch(`${site.origin}/v1/sync/pull?clientId=${uuidv7()}`, { headers: { authorization: `Bearer ${site.login.token}` } });
  const pull = (await response.json()) as { changes: { goals: { upserts: Array<{ title: string }> } } };
  return pull.changes.goals.upserts.map((g) => g.title).sort();
}

/** Loads `variant` in `page` and returns milliseconds from its first script to the rows painted. */
async function timedLoad(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).bench.painted !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const { bench } = window as unknown as BenchWindow;
    return bench.painted! - bench.start;
  });
}

/** The SDK must paint the very goals the server lists, under the strict CSP, before any timing counts. */
async function checkSightline(page: Page, titles: string[]): Promise<void> {
  const shown = (await page.locator('sightline-goals .title').allTextContents()).sort();
  if (JSON.stringify(shown) !== JSON.stringify(titles)) throw new Error(`sightline-goals shows ${JSON.stringify(shown)}, the server lists ${JSON.stringify(titles)}`);
  const violations = await page.evaluate(() => (window as unknown as BenchWindow).bench.violations ?? []);
  if (violations.length) throw new Error(`CSP violations: ${violations.join(', ')}`);
}

async function measure(browser: Browser, site: DemoSite, titles: string[]) {
  const url = (variant: Variant) => `${site.origin}/pages/${PAGES[variant]}?token=${encodeURIComponent(site.login.token)}&rows=${titles.length}`;
  const variants: Variant[] = ['sightline', 'vanilla'];
  const ms = { cold: { sightline: [] as number[], vanilla: [] as number[] }, warm: { sightline: [] as number[], vanilla: [] as number[] } };

  const warm = new Map<Variant, { context: BrowserContext; page: Page }>();
  for (const variant of variants) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await timedLoad(page, url(variant)); // fills the HTTP cache and, for the SDK, IndexedDB
    if (variant === 'sightline') await checkSightline(page, titles);
    warm.set(variant, { context, page });
  }

  for (let i = 0; i < LOADS; i++) {
    // Alternating which goes first spreads any drift in machine load over both.
    for (const variant of i % 2 ? [...variants].reverse() : variants) {
      const context = await browser.newContext();
      const page = await context.newPage();
      ms.cold[variant].push(await timedLoad(page, url(variant)));
      if (variant === 'sightline' && i === 0) await checkSightline(page, titles);
      await context.close();
      ms.warm[variant].push(await timedLoad(warm.get(variant)!.page, url(variant)));
    }
  }
  for (const { context } of warm.values()) await context.close();
  return ms;
}

buildSdk();
const site = await startDemoSite();
const browser = await launchChromium();
try {
  const titles = await visibleGoalTitles(site);
  console.log(
    `First paint of <sightline-goals> (${titles.length} goals of the demo org, as ${site.login.person.name}) in Chromium ${browser.version()}: ` +
      `ms from the page's first script to the rows painted, ${LOADS} loads each. Floor: a plain custom element fetching the same pull JSON.`,
  );
  const ms = await measure(browser, site, titles);
  const table = new TablePrinter([
    { title: 'load', width: 5 },
    { title: 'sightline p50', width: 13, align: 'right' },
    { title: 'p95', width: 7, align: 'right' },
    { title: 'vanilla p50', width: 11, align: 'right' },
    { title: 'p95', width: 7, align: 'right' },
    { title: 'sightline/vanilla', width: 17, align: 'right' },
  ]);
  table.header();
  for (const load of ['cold', 'warm'] as const) {
    const [s, v] = [ms[load].sightline, ms[load].vanilla].map((list) => [...list].sort((a, b) => a - b));
    const median = (sorted: number[]) => percentile(sorted, 50);
    table.row([load, formatMs(median(s!)), formatMs(percentile(s!, 95)), formatMs(median(v!)), formatMs(percentile(v!, 95)), formatRatio(median(s!) / median(v!))]);
  }
} finally {
  await browser.close();
  await site.close();
}
