import { it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';
import { widgetsRendered } from './support/widgets';

describeInChromium('measure', (browser) => {
  const server = sightlineForFile('zz-measure');
  it('measures', async () => {
    for (const width of [380, 770, 1280]) {
      const { context, page, watch } = await openWatched(browser(), `${server().url}/demo`, );
      await page.setViewportSize({ width, height: 4000 });
      await widgetsRendered(page, watch);
      await page.locator('sightline-requests li').first().waitFor();
      await page.locator('sightline-feedback-feed .body').first().waitFor();
      const sizes = await page.evaluate(() => ['sightline-requests', 'sightline-feedback-feed'].map((t) => { const el = document.querySelector(t)!; const c = el.shadowRoot!.querySelector('.root') ?? el; return [t, c.getBoundingClientRect().height, el.parentElement!.getBoundingClientRect().width]; }));
      console.log('MEASURE', width, JSON.stringify(sizes));
      await context.close();
    }
  });
});
