/**
 * A manager of the demo org in the console: /app sends them to their team's week, which shows
 * each report's check-in state as the server holds it, passes axe in light and dark, follows the
 * keyboard (j to the first report, Enter into the 1:1) and switches to German. Feedback given on
 * the 1:1 page reaches the server as written, about that report.
 */
import { demoManagerLogin } from '@sightline/backend';
import { expect, it } from 'vitest';
import { isoWeek } from '../sdk/src/widgets/iso-week';
import { axeViolations } from './support/axe';
import { signInWithToken } from './support/console-flows';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';
import { feedbackBody, sendFeedback } from './support/widgets';

describeInChromium('the console: a manager’s team and 1:1', (browser) => {
  const server = sightlineForFile('console-manager');

  it('shows each report’s check-in as stored, leads by keyboard into a 1:1, and saves feedback given there', async () => {
    const login = (await demoManagerLogin(server().database))!;
    const db = server().database.db;
    const reports = await db.selectFrom('persons').select(['id', 'name']).where('managerId', '=', login.person.id).where('active', '=', true).orderBy('name').execute();
    const week = isoWeek(new Date());
    const checkedIn = new Set(
      (await db.selectFrom('checkIns').select('personId').where('week', '=', week).where('personId', 'in', reports.map((r) => r.id)).execute()).map((c) => c.personId),
    );

    const { context, page, watch } = await openWatched(browser(), `${server().url}/app`);
    await signInWithToken(page, login.token);
    await page.waitForURL('**/app/team');
    const rows = page.locator('.team-table tbody tr');
    await expect.poll(() => rows.count()).toBe(reports.length);
    for (const report of reports) {
      const row = rows.filter({ has: page.getByRole('link', { name: report.name, exact: true }) });
      const state = await row.locator('.state').textContent();
      if (checkedIn.has(report.id)) expect(state).toMatch(/^Submitted/);
      else expect(state).toMatch(/^(Late|Not yet due)$/);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('body').press('j');
    await page.keyboard.press('Enter');
    const first = reports[0]!;
    await page.getByRole('heading', { name: `1:1 with ${first.name}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/people/${first.id}`);
    await page.locator('sightline-feedback form').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const body = `Calm and clear with the escalated customer (${Date.now()})`;
    await page.locator('sightline-feedback').getByRole('radio', { name: /Coaching/ }).check();
    await feedbackBody(page).fill(body);
    await sendFeedback(page);
    await expect
      .poll(() => db.selectFrom('feedback').select(['authorId', 'subjectId', 'kind']).where('body', '=', body).execute(), { timeout: 30_000 })
      .toEqual([{ authorId: login.person.id, subjectId: first.id, kind: 'coaching' }]);
    await page.getByRole('main').locator('.feedback').getByText(body).waitFor();

    await page.locator('body').press('g');
    await page.locator('body').press('t');
    await page.getByRole('heading', { name: 'My team' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('heading', { name: 'Mein Team' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
