/**
 * Hostile text stays text: a goal title and a feedback body carrying markup render as the
 * characters typed, in every widget that shows them. The page's CSP is bypassed here, so only
 * the widgets' own rendering stands between the payload and the DOM.
 */
import { nameId, uuidv7 } from '@sightline/sdk/model';
import { applyPush, personPrincipal } from '@sightline/backend';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { startSightline, tempDataDir, type SightlineUnderTest } from './support/servers';
import { draftKept, draftSelfReflection, feedbackBody, sendFeedback, widgetsRendered } from './support/widgets';

const PAYLOADS = [`<img src=x onerror="window.xssFired=true;alert('img')">`, `"><script>window.xssFired=true;alert('script')</script>`];
const GOAL_TITLE = `Ship it ${PAYLOADS.join(' ')}`;
const FEEDBACK_BODY = `Great work ${PAYLOADS.join(' ')}`;

/** Elements a successful injection would have created, anywhere in the page or the widgets' shadow roots. */
const INJECTED = 'img[src="x"], sightline-goals script, sightline-checkin script, sightline-feedback script, sightline-kpi script';

describeInChromium('XSS payloads in synced text', (browser) => {
  const dataDir = tempDataDir('xss');
  let sightline: SightlineUnderTest;
  beforeAll(async () => {
    sightline = await startSightline(dataDir.path);
    const { db } = sightline.database;
    const viewer = await db.selectFrom('persons').select(['id', 'orgId', 'role']).where('email', '=', sightline.demo.viewers[0]!.email).executeTakeFirstOrThrow();
    const cycle = await db.selectFrom('cycles').select('id').where('orgId', '=', viewer.orgId).where(sql<boolean>`starts_on <= current_date and ends_on >= current_date`).executeTakeFirstOrThrow();
    const goal = { id: uuidv7(), cycleId: cycle.id, level: 'person', ownerId: viewer.id, title: GOAL_TITLE, visibility: 'org' };
    const pushed = await applyPush(db, personPrincipal(viewer.orgId, viewer.id, viewer.role), {
      clientId: nameId('e2e', 'xss', viewer.id),
      mutations: [{ id: uuidv7(), seq: 1, name: 'goal.create', args: goal, at: new Date().toISOString() }],
    });
    expect(pushed.results.map((r) => r.status)).toEqual(['applied']);
  });
  afterAll(async () => {
    await sightline?.stop();
    dataDir.remove();
  });

  it('render as text in the goal tree, the check-in and the goal picker, and in a restored and sent feedback draft', async () => {
    const { context, page, watch } = await openWatched(browser(), `${sightline.url}/demo`, { bypassCSP: true });
    await widgetsRendered(page, watch);
    await page.locator('sightline-goals').getByText(GOAL_TITLE, { exact: true }).waitFor();
    await page.locator('sightline-checkin').getByText(GOAL_TITLE, { exact: true }).waitFor();
    expect(await page.locator('sightline-feedback option').filter({ hasText: GOAL_TITLE }).count()).toBe(1);

    await draftSelfReflection(page, FEEDBACK_BODY);
    await draftKept(page, FEEDBACK_BODY);
    await page.reload();
    await widgetsRendered(page, watch);
    expect(await feedbackBody(page).inputValue()).toBe(FEEDBACK_BODY);
    await sendFeedback(page);
    const stored = () => sightline.database.db.selectFrom('feedback').select('body').where('body', '=', FEEDBACK_BODY).execute();
    await expect.poll(stored).toHaveLength(1);

    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(await page.evaluate(() => (window as { xssFired?: boolean }).xssFired ?? false)).toBe(false);
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
