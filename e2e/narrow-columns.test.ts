/**
 * Every widget fits a narrow column (a sidebar, the extension's panel, a phone) from 280 px up:
 * nothing sticks out sideways, with long goal titles in the feedback form's select and long
 * names. Measured in Chromium on the demo page with each widget given the column's width.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { startSightline, tempDataDir, type SightlineUnderTest } from './support/servers';
import { widgetsRendered } from './support/widgets';
import { sidewaysOverflow, sizeWidgets, unfoldGoals } from './support/widget-layout';

const WIDTHS = [280, 320, 360, 420];
const LONG_GOAL_TITLE = 'Cut first-response time on priority tickets across every regional support queue to under two hours by the end of the quarter';
const LONG_NAME = 'Maximiliane Alexandra Konstantinopoulou-Hohenzollern';
const VIEWER = 'lena.vogel@northwind.example';

describeInChromium('widgets in narrow columns', (browser) => {
  const dataDir = tempDataDir('narrow');
  let sightline: SightlineUnderTest;
  beforeAll(async () => {
    sightline = await startSightline(dataDir.path);
    // Before any browser syncs, so the first pull brings them.
    const { db } = sightline.database;
    const goal = await db.selectFrom('goals').select('id').where('level', '=', 'org').where('deletedAt', 'is', null).orderBy('id').executeTakeFirstOrThrow();
    await db.updateTable('goals').set({ title: LONG_GOAL_TITLE }).where('id', '=', goal.id).execute();
    await db.updateTable('persons').set({ name: LONG_NAME }).where('email', '=', 'kwame.mensah@northwind.example').execute();
  });
  afterAll(async () => {
    await sightline?.stop();
    dataDir.remove();
  });

  it(`fit at ${WIDTHS.join(', ')} px with long titles and names`, async () => {
    const { context, page, watch } = await openWatched(browser(), `${sightline.url}/demo?as=${VIEWER}`);
    await widgetsRendered(page, watch);
    await page.locator('sightline-feedback option', { hasText: LONG_GOAL_TITLE }).waitFor({ state: 'attached' });
    await page.locator('sightline-goals .title', { hasText: LONG_GOAL_TITLE }).waitFor();
    await unfoldGoals(page);
    // The person picker lists the long name once it is asked for.
    await page.locator('sightline-feedback').getByRole('combobox', { name: /person|colleague|who/i }).fill('Maxi');
    await page.locator('sightline-feedback').getByText(LONG_NAME).first().waitFor();

    const overflow: Record<number, string[]> = {};
    for (const width of WIDTHS) {
      await sizeWidgets(page, width);
      overflow[width] = await sidewaysOverflow(page);
    }
    expect(overflow).toEqual(Object.fromEntries(WIDTHS.map((w) => [w, []])));
    await context.close();
  });
});
