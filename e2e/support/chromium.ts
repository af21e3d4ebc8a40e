/**
 * Chromium for the e2e suites, driven by playwright-core: the binary at CHROMIUM_PATH or
 * /usr/bin/chromium. A suite is skipped, saying so, only when there is none. Tests open pages
 * in fresh contexts, so each starts with an empty profile (IndexedDB, localStorage, caches).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';

export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path): path is string => !!path && existsSync(path)) ?? null;

/** The new headless mode, and nothing running in the background that could reach the network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Registers `title` as skipped, saying why, when there is no Chromium; true if so. */
export function skippedWithoutChromium(title: string): boolean {
  if (CHROMIUM) return false;
  const reason = 'no Chromium at CHROMIUM_PATH or /usr/bin/chromium';
  console.warn(`[e2e] skipping "${title}": ${reason}`);
  describe.skip(`${title} (skipped: ${reason})`, () => it('needs Chromium', () => undefined));
  return true;
}

/** Runs `suite` with one Chromium shared by its tests, or skips it when Chromium is absent. */
export function describeInChromium(title: string, suite: (browser: () => Browser) => void): void {
  if (skippedWithoutChromium(title)) return;
  describe(title, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      // headless: false, since playwright's own headless flag would pick the old mode over --headless=new.
      browser = await chromium.launch({ executablePath: CHROMIUM!, headless: false, args: CHROMIUM_ARGS });
    });
    afterAll(async () => browser?.close());
    suite(() => {
      if (!browser) throw new Error('Chromium is launched in beforeAll; use it inside tests');
      return browser;
    });
  });
}
