/**
 * Offline capture, end to end: the intranet page (on its own origin, so it still loads) keeps
 * feedback written while the Sightline server is down, across a reload, and delivers it exactly
 * once when the server comes back on the same port with the same data.
 */
import { uuidv7 } from '@sightline/sdk/model';
import type { RunningServer } from '@sightline/backend';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { startIntranet, startSightline, tempDataDir, type SightlineUnderTest } from './support/servers';
import { draftKept, draftSelfReflection, feedbackBody, sendFeedback, syncSummary, widgetsRendered } from './support/widgets';

const VIEWER = 'lena.vogel@northwind.example';

describeInChromium('offline capture', (browser) => {
  const dataDir = tempDataDir('offline');
  let sightline: SightlineUnderTest;
  let intranet: RunningServer;
  beforeAll(async () => {
    sightline = await startSightline(dataDir.path);
    intranet = await startIntranet(sightline.demo, sightline.url);
  });
  afterAll(async () => {
    await intranet?.close();
    await sightline?.stop();
    dataDir.remove();
  });

  const feedbackWithBody = (body: string) => sightline.database.db.selectFrom('feedback as f').innerJoin('persons as p', 'p.id', 'f.authorId').select(['p.email']).where('f.body', '=', body).execute();

  it('keeps feedback written while the server is down and delivers it exactly once when it is back', async () => {
    const { context, page, watch } = await openWatched(browser(), `${intranet.url}/demo?as=${VIEWER}`);
    await widgetsRendered(page, watch);

    await sightline.stop();
    const body = `Handled the outage calmly (${uuidv7()})`;
    await draftSelfReflection(page, body);
    await draftKept(page, body); // so "the draft is gone after the reload" means sending cleared it
    await sendFeedback(page);
    await page.locator('sightline-feedback [role="status"]').getByText('Saved on this device; will sync').waitFor();
    await syncSummary(page).getByText('Syncing 1 change…').waitFor();

    await page.reload();
    await page.locator('sightline-feedback form').waitFor();
    await syncSummary(page).getByText('Syncing 1 change…').waitFor();
    expect(await feedbackBody(page).inputValue()).toBe('');

    sightline = await startSightline(dataDir.path, sightline.port);
    // The engine is backing off after failed pushes; a device's network coming back ends that at once.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => feedbackWithBody(body)).toEqual([{ email: VIEWER }]);
    await syncSummary(page).getByText('All changes synced').waitFor();
    expect(await feedbackWithBody(body)).toEqual([{ email: VIEWER }]);

    // Another full sync from a fresh load sends nothing twice.
    await page.reload();
    await widgetsRendered(page, watch);
    expect(await feedbackWithBody(body)).toEqual([{ email: VIEWER }]);
    await context.close();
  });
});
