/**
 * A page reloaded while the Sightline server is down (the intranet up) still starts the SDK
 * from the browser's cache, paints the viewer's saved data and says it is saved data. The
 * intranet loads the SDK straight from the Sightline server, as the embedding guide shows first.
 */
import type { RunningServer } from '@sightline/backend';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { startIntranet, startSightline, tempDataDir, type SightlineUnderTest } from './support/servers';
import { syncSummary, widgetsRendered } from './support/widgets';

const VIEWER = 'lena.vogel@northwind.example';

describeInChromium('reloading while the Sightline server is down', (browser) => {
  const dataDir = tempDataDir('sdk-offline');
  let sightline: SightlineUnderTest;
  let intranet: RunningServer;
  beforeAll(async () => {
    sightline = await startSightline(dataDir.path);
    intranet = await startIntranet(sightline.demo, sightline.url, 'from-sightline');
  });
  afterAll(async () => {
    await intranet?.close();
    dataDir.remove();
  });

  it('starts the SDK from the cache, paints saved data and says so', async () => {
    const { context, page, watch } = await openWatched(browser(), `${intranet.url}/demo?as=${VIEWER}`);
    expect(await page.locator(`script[type="module"][src="${sightline.url}/sdk/esm/sightline.js"]`).count()).toBe(1);
    await widgetsRendered(page, watch);
    const goalTitles = await page.locator('sightline-goals .title').allTextContents();

    await sightline.stop();
    await page.reload();
    await syncSummary(page).getByText('Could not sync yet — showing saved data').waitFor();
    expect(await page.locator('sightline-goals .title').allTextContents()).toEqual(goalTitles);
    await page.locator('sightline-kpi article').waitFor();
    await page.locator('sightline-feedback form').waitFor();
    await page.locator('sightline-checkin form').waitFor();
    await context.close();
  });
});
