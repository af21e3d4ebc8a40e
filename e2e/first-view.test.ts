/**
 * The first paint comes from the server's first view, before the engine has even loaded: with
 * the engine's chunk held back, the demo page's goals paint from GET /v1/sync/first-view, with
 * no /v1/me or pull yet. Released, the engine takes over in place (no skeleton in between) and
 * a change pushed afterwards reaches the page live. All under the page's strict CSP.
 */
import { nameId, uuidv7 } from '@sightline/sdk/model';
import { applyPush, personPrincipal } from '@sightline/backend';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { recordCspViolations, watchPage } from './support/page-watch';
import { sightlineForFile } from './support/servers';

declare global {
  interface Window {
    e2eSkeletonsAfterContent?: number;
  }
}

describeInChromium('the first view', (browser) => {
  const server = sightlineForFile('first-view');

  it('paints the goals before the engine loads, then hands over without a skeleton and follows live changes', async () => {
    const context = await browser().newContext({ locale: 'en-US' });
    await recordCspViolations(context);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let engineAsked!: () => void;
    const engineRequested = new Promise<void>((resolve) => (engineAsked = resolve));
    await context.route('**/sdk/esm/chunks/start-client-*.js', async (route) => {
      engineAsked();
      await released;
      await route.continue();
    });
    const asked: string[] = [];
    context.on('request', (request) => asked.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${server().url}/demo`);

    const { db } = server().database;
    const companyGoals = await db.selectFrom('goals').select('title').where('level', '=', 'org').where('deletedAt', 'is', null).execute();
    expect(companyGoals.length).toBeGreaterThan(0);
    for (const { title } of companyGoals) await page.locator('sightline-goals').getByText(title, { exact: true }).waitFor();
    await page.locator('sightline-kpi article').waitFor();
    // Painted while the engine's code is still held back: nothing but the first view reached the server.
    await engineRequested;
    expect(asked).toContain('/v1/sync/first-view');
    expect(asked.filter((path) => path === '/v1/me' || path.startsWith('/v1/sync/pull') || path === '/v1/sync/events')).toEqual([]);

    await page.evaluate(() => {
      const root = document.querySelector('sightline-goals')!.shadowRoot!;
      window.e2eSkeletonsAfterContent = 0;
      new MutationObserver(() => {
        if (root.querySelector('.skeleton')) window.e2eSkeletonsAfterContent! += 1;
      }).observe(root, { childList: true, subtree: true });
    });
    release();
    await page.locator('sightline-sync-status').getByText('All changes synced').waitFor();
    expect(asked).toContain('/v1/sync/pull');

    const viewer = await db.selectFrom('persons').select(['id', 'orgId', 'role']).where('email', '=', server().demo.viewers[0]!.email).executeTakeFirstOrThrow();
    const cycle = await db.selectFrom('cycles').select('id').where('orgId', '=', viewer.orgId).where(sql<boolean>`starts_on <= current_date and ends_on >= current_date`).executeTakeFirstOrThrow();
    const title = 'Answer every first reply within a day';
    const pushed = await applyPush(db, personPrincipal(viewer.orgId, viewer.id, viewer.role), {
      clientId: nameId('e2e', 'first-view', viewer.id),
      mutations: [{ id: uuidv7(), seq: 1, name: 'goal.create', args: { id: uuidv7(), cycleId: cycle.id, level: 'person', ownerId: viewer.id, title, visibility: 'org' }, at: new Date().toISOString() }],
    });
    expect(pushed.results.map((r) => r.status)).toEqual(['applied']);
    await page.locator('sightline-goals').getByText(title, { exact: true }).waitFor();

    expect(await page.evaluate(() => window.e2eSkeletonsAfterContent)).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    await context.close();
  });
});
