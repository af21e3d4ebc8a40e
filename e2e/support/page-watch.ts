/**
 * Everything a page reports that a test may want to forbid: console errors, uncaught
 * exceptions, CSP violations (recorded in the page from before its first script runs) and
 * dialogs (dismissed, so an injected alert() cannot stall the test).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** securitypolicyviolation events seen by the page so far. */
  cspViolations(): Promise<string[]>;
}

declare global {
  interface Window {
    e2eCspViolations?: string[];
  }
}

/** Installs the CSP recorder in every page of the context; call before opening pages. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  // Injected by the browser, not by the page, so the page's CSP does not apply to it.
  await context.addInitScript(() => {
    const seen: string[] = [];
    window.e2eCspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}`), true);
  });
}

export function watchPage(page: Page): PageWatch {
  const watch = { consoleErrors: [] as string[], pageErrors: [] as string[], dialogs: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { ...watch, cspViolations: () => page.evaluate(() => [...(window.e2eCspViolations ?? ['the CSP recorder was not installed'])]) };
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  /** The answer to the first navigation. */
  response: Response | null;
}

/** Opens `url` in a fresh context (an empty profile), watched from before its first byte. */
export async function openWatched(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  await recordCspViolations(context);
  const page = await context.newPage();
  const watch = watchPage(page);
  const response = await page.goto(url);
  return { context, page, watch, response };
}
