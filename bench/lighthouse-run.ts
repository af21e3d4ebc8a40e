/**
 * Lighthouse over the installed Chromium, loopback only: one browser for a whole bench, a
 * Lighthouse run per page load. Cold: Lighthouse clears the origin's storage and the HTTP
 * cache first. Warm: it keeps both, so the SDK comes from the cache and the data from IndexedDB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type FormFactor = 'mobile' | 'desktop';
export type Load = 'cold' | 'warm';

export interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** The element whose paint was the LCP. */
  lcpElement: string;
  /** What Lighthouse names as moving, with its share of the shift. */
  shifts: string[];
  /** Failed accessibility and best-practice audits, by id. */
  failed: string[];
}

export interface Lighthouse {
  run(url: string, options: { formFactor: FormFactor; load: Load; blockedUrlPatterns?: string[] }): Promise<Figures>;
  close(): Promise<void>;
}

const score = (value: number | null | undefined) => value ?? Number.NaN;

export async function launchLighthouse(): Promise<Lighthouse> {
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const userDataDir = mkdtempSync(join(tmpdir(), 'sightline-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`], userDataDir: false });
  return {
    async run(url, { formFactor, load, blockedUrlPatterns = [] }) {
      const flags: Flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        disableStorageReset: load === 'warm',
        blockedUrlPatterns,
      };
      const result = await lighthouse(url, flags, formFactor === 'desktop' ? (desktopConfig as Config) : undefined);
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
      const audit = (id: string) => lhr.audits[id];
      const shiftItems = (audit('layout-shifts')?.details as { items?: Array<{ node?: { selector?: string }; score?: number }> } | undefined)?.items ?? [];
      const lcpItems = (audit('largest-contentful-paint-element')?.details as { items?: Array<{ items?: Array<{ node?: { selector?: string } }> }> } | undefined)?.items;
      const failedIn = (category: string) =>
        lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && audit(ref.id)!.score! < 1).map((ref) => ref.id);
      return {
        performance: score(lhr.categories.performance?.score),
        accessibility: score(lhr.categories.accessibility?.score),
        bestPractices: score(lhr.categories['best-practices']?.score),
        cls: score(audit('cumulative-layout-shift')?.numericValue),
        lcpMs: score(audit('largest-contentful-paint')?.numericValue),
        tbtMs: score(audit('total-blocking-time')?.numericValue),
        lcpElement: lcpItems?.[0]?.items?.[0]?.node?.selector ?? 'none',
        shifts: shiftItems.map((item) => `${item.node?.selector ?? '?'} ${(item.score ?? 0).toFixed(3)}`),
        failed: [...failedIn('accessibility'), ...failedIn('best-practices')],
      };
    },
    async close() {
      chrome.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
