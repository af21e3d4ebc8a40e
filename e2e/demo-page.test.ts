/**
 * The demo intranet page as `npm start` serves it, in Chromium: the widgets show the seeded
 * org's live data, and both SDK builds run under the page's strict Content-Security-Policy.
 */
import { expect, it } from 'vitest';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';
import { widgetsRendered } from './support/widgets';


describeInChromium('the demo intranet page', (browser) => {
  const server = sightlineForFile('demo-page');

  it('renders the widgets with live data from the server, with no console errors or CSP violations', async () => {
    const { context, page, watch } = await openWatched(browser(), `${server().url}/demo`);
    await widgetsRendered(page, watch);

    const { db } = server().database;
    const companyGoals = await db.selectFrom('goals').select('title').where('level', '=', 'org').where('deletedAt', 'is', null).execute();
    expect(companyGoals.length).toBeGreaterThan(0);
    for (const { title } of companyGoals) await page.locator('sightline-goals').getByText(title, { exact: true }).waitFor();

    const latest = await db
      .selectFrom('metricValues')
      .select('value')
      .where('metricId', '=', server().demo.featuredMetricId!)
      .where('deletedAt', 'is', null)
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const shown = `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(latest.value)}%`;
    const kpi = page.locator('sightline-kpi article');
    expect(await kpi.getAttribute('aria-label')).toBe('KPI: Customer satisfaction (CSAT)');
    expect(await kpi.locator('.headline strong').textContent()).toBe(shown);

    expect(await page.locator('.viewer strong').textContent()).toBe(server().demo.viewers[0]!.name);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    await context.close();
  });

  for (const build of ['esm', 'single-file'] as const) {
    it(`runs the ${build} build under a strict CSP with zero securitypolicyviolation events`, async () => {
      const { context, page, watch, response } = await openWatched(browser(), `${server().url}/demo?sdk=${build}`);
      const csp = response?.headers()['content-security-policy'];
      expect(csp).toMatch(/script-src 'self'; style-src 'self'; connect-src 'self'/);
      expect(csp).not.toMatch(/unsafe|nonce/);
      await widgetsRendered(page, watch);
      expect(await page.locator(build === 'esm' ? 'script[type="module"][src="/sdk/esm/sightline.js"]' : 'script[src="/sdk/sightline.js"]').count()).toBe(1);
      expect(await watch.cspViolations()).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      await context.close();
    });
  }
});
