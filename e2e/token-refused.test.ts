/**
 * A browser that has seen the viewer before, handed a token the server now refuses (its key was
 * deleted): the widgets open the saved data at once, then the page hears why the token was
 * refused (the claim), the sync status says it shows saved data and gives the reason, and the
 * refused token is not sent again however often the engine is asked to sync.
 */
import type { Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';
import { syncSummary, widgetsRendered } from './support/widgets';

const VIEWER = 'lena.vogel@northwind.example';

describeInChromium('a token refused on a browser that has seen the viewer', (browser) => {
  const server = sightlineForFile('token-refused');

  it('reports the failed claim, keeps saved data on screen as saved, and stops sending the token', async () => {
    const { context, page, watch } = await openWatched(browser(), `${server().url}/demo?as=${VIEWER}`);
    await widgetsRendered(page, watch);
    const goalTitles = await page.locator('sightline-goals .title').allTextContents();

    // The org deletes the key the intranet signs with; the page's token (reused for half its life) no longer verifies (refused as 'signature', like any token that does not verify).
    await server().database.db.deleteFrom('embedKeys').execute();
    const refusals: Response[] = [];
    page.on('response', (r) => r.status() === 401 && refusals.push(r));
    // Listening from before the page's first script, so no event can come before the listener.
    await context.addInitScript(() => {
      document.addEventListener('sightline:error', (e) => ((window as unknown as { refusal: unknown }).refusal = (e as CustomEvent).detail));
    });
    await page.reload();

    await syncSummary(page).getByText('Sightline did not accept the sign-in — showing saved data').waitFor();
    await page.locator('sightline-sync-status .problem').getByText(/signature/).waitFor();
    expect(await page.locator('sightline-goals .title').allTextContents()).toEqual(goalTitles);
    // The page's own script shows sightline:error; its detail names the claim.
    await page.locator('#sightline-problem').getByText(/signature/).waitFor();
    const detail = await page.waitForFunction(() => (window as unknown as { refusal?: unknown }).refusal).then((h) => h.jsonValue());
    expect(detail).toMatchObject({ issues: [{ path: 'signature' }] });

    const refusedSoFar = refusals.length;
    expect(refusedSoFar).toBeGreaterThan(0);
    await context.setOffline(true);
    await context.setOffline(false);
    await page.evaluate(() => (window as unknown as { Sightline: { client: { syncNow(): Promise<void> } } }).Sightline.client.syncNow());
    await page.evaluate(() => (window as unknown as { Sightline: { client: { syncNow(): Promise<void> } } }).Sightline.client.syncNow());
    expect(refusals).toHaveLength(refusedSoFar);
    await context.close();
  });
});
