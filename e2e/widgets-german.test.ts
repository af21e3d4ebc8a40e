/**
 * A widget in German: on the demo page (English), setting `lang="de"` on the goal tree and the
 * KPI card re-renders them in German, with numbers written the German way; the German words
 * are a chunk of their own that an English page never fetches.
 */
import { expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';
import { widgetsRendered } from './support/widgets';

describeInChromium('widgets with lang="de"', (browser) => {
  const server = sightlineForFile('widgets-german');

  it('show their words in German, fetching the German catalog only once asked', async () => {
    const { context, page, watch } = await openWatched(browser(), `${server().url}/demo`);
    const catalogs: string[] = [];
    page.on('request', (r) => /\/chunks\/locale-\w+-/.test(r.url()) && catalogs.push(r.url().replace(/^.*\/chunks\/(locale-\w+)-.*$/, '$1')));
    await page.reload();
    await widgetsRendered(page, watch);
    expect(catalogs).toEqual(['locale-en']);
    const goals = page.locator('sightline-goals');
    const kpi = page.locator('sightline-kpi');
    await goals.getByRole('list', { name: 'Goals' }).waitFor();

    await goals.evaluate((el) => el.setAttribute('lang', 'de'));
    await kpi.evaluate((el) => el.setAttribute('lang', 'de'));

    await goals.getByRole('list', { name: 'Ziele' }).waitFor();
    const meta = (await goals.locator('.meta').allTextContents()).join(' | ');
    expect(meta).toMatch(/Unternehmensziel|Teamziel|Persönliches Ziel/);
    expect(meta).not.toMatch(/Company goal|Team goal|Personal goal/);
    await kpi.getByRole('article', { name: /^KPI: / }).waitFor();
    const card = await kpi.locator('article').innerText();
    expect(card).toMatch(/ · Ziel /);
    expect(card).toMatch(/Höher ist besser|Niedriger ist besser|halten/);
    expect(card).not.toMatch(/target|is better/);
    // Progress as German writes a percentage: a space before the sign.
    const progress = await kpi.getByRole('progressbar').first().getAttribute('aria-valuetext');
    expect(progress).toMatch(/^\d+\s%/);
    expect(catalogs).toEqual(['locale-en', 'locale-de']);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
