/**
 * A foreign intranet's stylesheet cannot restyle the widgets: page rules match only the host
 * element and reach further through inheritance alone, which the widgets cut off. Measured in
 * Chromium on the demo page, before and after a hostile stylesheet whose `!important` rules
 * would otherwise win on the host and be inherited by everything inside.
 */
import { expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';
import { widgetsRendered } from './support/widgets';
import { sizeWidgets, unfoldGoals, widgetLooks, WIDGETS } from './support/widget-layout';

/** Every inherited text property at once, on every element, the root font size with it (rem units). */
const HOSTILE_CSS = `
* {
  color: red !important; -webkit-text-fill-color: red !important; font: italic 700 40px/3 serif !important;
  letter-spacing: 3px !important; word-spacing: 12px !important; text-transform: uppercase !important;
  text-align: right !important; text-indent: 30px !important; text-shadow: 2px 2px red !important;
  white-space: nowrap !important;
}
html { font-size: 40px !important; }
`;

describeInChromium('widgets on a page with hostile CSS', (browser) => {
  const server = sightlineForFile('host-css');

  it('look the same, element by element and pixel by pixel, with and without the hostile stylesheet', async () => {
    // The page's CSP forbids inline styles; the test injects its stylesheet past it.
    const { context, page, watch } = await openWatched(browser(), `${server().url}/demo`, { bypassCSP: true, reducedMotion: 'reduce', viewport: { width: 1280, height: 4000 } });
    await widgetsRendered(page, watch);
    await unfoldGoals(page);
    await sizeWidgets(page, 420);
    // One at a time, pinned to the same whole-pixel spot: where the page's own text pushes a widget
    // to a fractional offset, anti-aliasing alone would differ.
    const screenshots = async () => {
      const pictures: Buffer[] = [];
      for (const tag of WIDGETS) {
        const pinned = 'position: fixed; top: 0; left: 0; z-index: 2147483647; background: white';
        await page.locator(tag).evaluate((el, pinned) => (el.style.cssText += `; ${pinned}`), pinned);
        const { width, height } = (await page.locator(tag).boundingBox())!;
        // Whole pixels inside the widget, so none of the page below a fractional edge is in the picture.
        pictures.push(await page.screenshot({ clip: { x: 0, y: 0, width: Math.floor(width), height: Math.floor(height) }, animations: 'disabled', caret: 'hide' }));
        await sizeWidgets(page, 420);
      }
      return pictures;
    };

    const before = await widgetLooks(page);
    const picturesBefore = await screenshots();
    await page.addStyleTag({ content: HOSTILE_CSS });
    // The stylesheet does reach the page itself.
    expect(await page.locator('h2').first().evaluate((h) => getComputedStyle(h).fontSize)).toBe('40px');

    const after = await widgetLooks(page);
    for (const tag of WIDGETS) expect(after[tag], tag).toEqual(before[tag]);
    const picturesAfter = await screenshots();
    WIDGETS.forEach((tag, i) => expect(picturesAfter[i]!.equals(picturesBefore[i]!), `${tag} screenshot`).toBe(true));
    await context.close();
  });
});
