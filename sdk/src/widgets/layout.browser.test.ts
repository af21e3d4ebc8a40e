/**
 * How the widgets sit on a host page, in a real Chromium: painting their content never moves
 * the page (layout shifts, as Core Web Vitals count them, while they load), and every control
 * is a touch target of at least 24 x 24 CSS px.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executablePath, serveInChromium, type TestSite } from './testing/chromium';

const TAGS = ['sightline-sync-status', 'sightline-kpi', 'sightline-goals', 'sightline-checkin', 'sightline-feedback', 'sightline-requests', 'sightline-feedback-feed'];

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Host page</title><link rel="stylesheet" href="/page.css"><script type="module" src="/widgets.js"></script></head>
<body><main id="column"></main></body>
</html>`;
const PAGE_CSS = 'body { margin: 0; font: 16px system-ui, sans-serif; } main { width: 480px; padding: 16px; }';

if (!executablePath) console.warn('layout.browser.test.ts skipped: no Chromium found; set CHROMIUM_PATH');

describe.skipIf(!executablePath)('widgets on a host page in Chromium', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await serveInChromium({ entry: fileURLToPath(new URL('./testing/layout-page.ts', import.meta.url)), html: PAGE, css: PAGE_CSS });
  }, 60_000);
  afterAll(() => site?.close());

  /** Every widget showing its placeholder, then its content once Sightline starts. */
  async function load(page: Page): Promise<void> {
    await page.goto(site.origin);
    for (const tag of TAGS) await page.locator(`${tag} .skeleton`).waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.evaluate(() => (window as unknown as { startSightline: () => Promise<void> }).startSightline());
    await page.locator('sightline-feedback button[type="submit"]').waitFor();
    await page.locator('sightline-checkin button[type="submit"]').waitFor();
    await page.locator('sightline-kpi article').waitFor();
    await page.locator('sightline-goals .goal-card').first().waitFor();
    await page.locator('sightline-sync-status .summary').waitFor();
    await page.locator('sightline-requests li').waitFor();
    await page.locator('sightline-feedback-feed .body').waitFor();
    await expect.poll(() => page.locator('.skeleton').count()).toBe(0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  /** The layout shifts the page has had (buffered from its start), with what moved. */
  const shifts = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<Array<{ value: number; moved: string[] }>>((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            const entries = list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node?: Node }> }>;
            resolve(entries.map((e) => ({ value: e.value, moved: e.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? '?') })));
          }).observe({ type: 'layout-shift', buffered: true });
          // An observer with nothing buffered never calls back: a frame later there is nothing to wait for.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
        }),
    );

  it('paints content in the place its placeholder held, from the height each widget had last time', async () => {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 3000 } });
    const page = await context.newPage();
    // A new device has only the estimates, which the Lighthouse bench checks against the demo
    // org's data (bench/web-vitals.bench.ts); this sample org is smaller.
    await load(page);
    await load(page); // the same device again
    const moved = await shifts(page);
    expect(moved, JSON.stringify(moved)).toEqual([]);
    await context.close();
  }, 60_000);

  it('makes every control in every widget a touch target of at least 24 x 24 CSS px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 3000 } });
    const page = await context.newPage();
    await load(page);
    // The person picker's options exist only while it is open; a sub-goal list only while unfolded.
    await page.locator('sightline-feedback #subject').fill('');
    await page.locator('sightline-feedback #subject').pressSequentially('o');
    await page.locator('sightline-feedback [role="option"]').first().waitFor();
    const boxes = await page.evaluate((tags) => {
      const controls = 'button, input, select, textarea, a[href], summary, [role="option"]';
      return tags.flatMap((tag) =>
        [...document.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>(controls)]
          .filter((el) => el.getClientRects().length > 0) // rendered, not folded away
          .map((el) => {
            const { width, height } = el.getBoundingClientRect();
            return { control: `${tag} ${el.localName}${el.id ? `#${el.id}` : ''}${'type' in el ? `[${String(el.type)}]` : ''}`, width, height };
          }),
      );
    }, TAGS);
    expect(new Set(boxes.map((b) => b.control.split(' ')[0])).size).toBe(TAGS.length - 2); // all but the KPI card and the feed, which have none
    expect(boxes.filter((b) => b.width < 24 || b.height < 24)).toEqual([]);
    await context.close();
  }, 60_000);
});
