/**
 * The console at /app, from `sightline org create` on: the new admin signs in with the printed
 * code, the console sends them to the set-up wizard, and they build a first cascaded quarter
 * (cycle, two teams with new leads, an org goal, two team goals aligned under it, two KPIs).
 * The server's database is checked afterwards, not only the screen; every view passes axe in
 * light and dark, under the console's strict CSP, and a deep link opens the same view. Offline,
 * the wizard writes locally and the rows reach the server once the network is back.
 */
import { createOrgWithAdmin } from '@sightline/backend';
import { expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { buildQuarter, FIRST_QUARTER, signInWithCode } from './support/console-flows';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';

describeInChromium('the console: a new admin builds a quarter from an empty org', (browser) => {
  const server = sightlineForFile('console');

  it('signs in with the org-create code, guides through the wizard and stores the cascade on the server', async () => {
    const created = await createOrgWithAdmin(server().database, { name: 'Acme', slug: 'acme', adminEmail: 'ada@acme.example', adminName: 'Ada Admin' });
    const { context, page, watch, response } = await openWatched(browser(), `${server().url}/app`);
    expect(response?.headers()['content-security-policy']).toContain(`script-src 'self'`);
    await page.getByRole('heading', { name: 'Sign in to Sightline' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Slow pulls, as on a loaded server: the poke's pull shows a new team before the wizard's own
    // sync returns, and the admin types the next team meanwhile. That typing must survive.
    await page.route('**/v1/sync/pull**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await signInWithCode(page, created.signIn.code);
    await page.waitForURL('**/app/setup/cycle');
    await buildQuarter(page, FIRST_QUARTER, async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    // Everything reaches the server (pushes run in the background after each local write).
    const db = server().database.db;
    const orgId = created.org.id;
    await expect.poll(() => db.selectFrom('metrics').select('id').where('orgId', '=', orgId).execute().then((r) => r.length), { timeout: 30_000 }).toBe(2);

    const [cycle] = await db.selectFrom('cycles').selectAll().where('orgId', '=', orgId).execute();
    expect(cycle).toMatchObject({ name: 'Q1 2027', kind: 'quarter', startsOn: '2027-01-01', endsOn: '2027-03-31' });

    const persons = await db.selectFrom('persons').selectAll().where('orgId', '=', orgId).execute();
    const teams = await db.selectFrom('teams').selectAll().where('orgId', '=', orgId).execute();
    for (const planned of FIRST_QUARTER.teams) {
      const team = teams.find((t) => t.name === planned.name);
      const lead = persons.find((p) => p.email === planned.lead.email);
      expect(team).toMatchObject({ function: planned.function, leadId: lead?.id });
      expect(lead).toMatchObject({ name: planned.lead.name, role: 'manager', managerId: created.admin.id, teamId: team?.id });
    }

    const goals = await db.selectFrom('goals').selectAll().where('orgId', '=', orgId).execute();
    const orgGoal = goals.find((g) => g.level === 'org');
    expect(orgGoal).toMatchObject({ title: FIRST_QUARTER.orgGoal, cycleId: cycle!.id, ownerId: created.admin.id, parentId: null, dueOn: '2027-03-31' });
    for (const planned of FIRST_QUARTER.teamGoals) {
      const team = teams.find((t) => t.name === planned.team)!;
      expect(goals.find((g) => g.title === planned.title)).toMatchObject({ level: 'team', parentId: orgGoal!.id, teamId: team.id, ownerId: team.leadId, cycleId: cycle!.id });
    }
    const metrics = await db.selectFrom('metrics').selectAll().where('orgId', '=', orgId).execute();
    for (const planned of FIRST_QUARTER.kpis) {
      const goal = goals.find((g) => g.title === planned.goal)!;
      expect(metrics.find((m) => m.name === planned.name)).toMatchObject({
        goalId: goal.id,
        indicator: planned.indicator,
        unit: planned.unit,
        baseline: planned.baseline,
        target: planned.target,
        direction: planned.direction,
      });
    }

    // A deep link is served by the backend and opens the same view; dark mode passes axe too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server().url}/app/setup/kpis?cycle=${cycle!.id}`);
    await page.getByRole('main').locator('.kpi-line').getByText('Renewal rate').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  it('keeps working offline: a cycle and a goal written without network show at once as not yet sent and reach the server later', async () => {
    const created = await createOrgWithAdmin(server().database, { name: 'Globex', slug: 'globex', adminEmail: 'hank@globex.example' });
    const { context, page, watch } = await openWatched(browser(), `${server().url}/app`);
    await signInWithCode(page, created.signIn.code);
    await page.getByRole('heading', { name: 'Which period do you plan?' }).waitFor();

    await context.setOffline(true);
    await page.getByLabel('Name', { exact: true }).fill('Q2 2027');
    await page.getByLabel('Starts on').fill('2027-04-01');
    await page.getByLabel('Ends on').fill('2027-06-30');
    await page.getByRole('button', { name: 'Create cycle' }).click();
    await page.getByRole('heading', { name: 'Teams and their leads' }).waitFor();
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: '3. Organisation goal' }).click();
    await page.getByLabel('Title').fill('Ship the self-service portal');
    await page.getByRole('button', { name: 'Add organisation goal' }).click();
    const line = page.getByRole('main').locator('.cascade .goal-line', { hasText: 'Ship the self-service portal' });
    await line.getByText('Not yet sent').waitFor();
    expect(await server().database.db.selectFrom('goals').select('id').where('orgId', '=', created.org.id).execute()).toEqual([]);

    await context.setOffline(false);
    await expect
      .poll(() => server().database.db.selectFrom('goals').select(['title', 'level']).where('orgId', '=', created.org.id).execute(), { timeout: 30_000 })
      .toEqual([{ title: 'Ship the self-service portal', level: 'org' }]);
    await line.getByText('Not yet sent').waitFor({ state: 'detached' });
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
