/**
 * A page reloaded while the Sightline server is down (the intranet up) still starts the SDK,
 * paints the viewer's saved data and says it is saved data: from the browser's HTTP cache, and
 * with our optional service worker even when that cache was cleared. The intranet loads the SDK
 * straight from the Sightline server, as the embedding guide shows first.
 */
import type { RunningServer } from '@sightline/backend';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { startIntranet, startSightline, tempDataDir, type SightlineUnderTest } from './support/servers';
import { syncSummary, widgetsRendered } from './support/widgets';

const VIEWER = 'lena.vogel@northwind.example';

describeInChromium('reloading while the Sightline server is down', (browser) => {
  let dataDir: ReturnType<typeof tempDataDir>;
  let sightline: SightlineUnderTest;
  let intranet: RunningServer;
  let running: boolean;
  beforeEach(async () => {
    dataDir = tempDataDir('sdk-offline');
    sightline = await startSightline(dataDir.path);
    running = true;
    intranet = await startIntranet(sightline.demo, sightline.url, 'from-sightline');
  });
  afterEach(async () => {
    await intranet?.close();
    if (running) await sightline?.stop();
    dataDir.remove();
  });

  const stopSightline = async () => {
    await sightline.stop();
    running = false;
  };

  /** After a reload with the server down: the saved goals, every widget, and the words "saved data". */
  async function paintsSavedData(page: Page, goalTitles: string[]) {
    await syncSummary(page).getByText('Could not sync yet — showing saved data').waitFor();
    expect(await page.locator('sightline-goals .title').allTextContents()).toEqual(goalTitles);
    await page.locator('sightline-kpi article').waitFor();
    await page.locator('sightline-feedback form').waitFor();
    await page.locator('sightline-checkin form').waitFor();
  }

  it('starts the SDK from the HTTP cache, paints saved data and says so', async () => {
    const { context, page, watch } = await openWatched(browser(), `${intranet.url}/demo?as=${VIEWER}`);
    await widgetsRendered(page, watch);
    expect(await page.locator(`script[type="module"][src="${sightline.url}/sdk/esm/sightline.js"]`).count()).toBe(1);
    const goalTitles = await page.locator('sightline-goals .title').allTextContents();

    await stopSightline();
    await page.reload();
    await paintsSavedData(page, goalTitles);
    await context.close();
  });

  it('starts it from the service worker’s cache when the HTTP cache was cleared', async () => {
    const { context, page, watch } = await openWatched(browser(), `${intranet.url}/demo?as=${VIEWER}`);
    await widgetsRendered(page, watch);
    await page.evaluate(async (sdk) => {
      await navigator.serviceWorker.register(`/sightline-sw.js?sdk=${encodeURIComponent(sdk)}`);
      await navigator.serviceWorker.ready;
    }, `${sightline.url}/sdk/`);
    // Loaded once under the worker's control, so it has the files the page uses.
    await page.reload();
    await widgetsRendered(page, watch);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const goalTitles = await page.locator('sightline-goals .title').allTextContents();

    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await stopSightline();
    await page.reload();
    await paintsSavedData(page, goalTitles);
    await context.close();
  });
});
