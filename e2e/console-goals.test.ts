/**
 * Goals mid-cycle in the console, against the demo org: a manager edits a KPI's target on the
 * goal's own page and sees the edit in its change history; an admin checks a CSV of goals and
 * KPIs with a dry run, then applies it. Each step is checked in the server's database.
 */
import { demoManagerLogin, issueToken } from '@sightline/backend';
import { expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { signInWithToken } from './support/console-flows';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';

describeInChromium('the console: goals and KPIs mid-cycle', (browser) => {
  const server = sightlineForFile('console-goals');

  it('lets a manager edit a KPI on its goal page and shows who changed what', async () => {
    const login = (await demoManagerLogin(server().database))!;
    const db = server().database.db;
    const ledTeams = (await db.selectFrom('teams').select('id').where('leadId', '=', login.person.id).execute()).map((t) => t.id);
    const kpi = await db
      .selectFrom('metrics')
      .innerJoin('goals', (j) => j.onRef('goals.id', '=', 'metrics.goalId').onRef('goals.orgId', '=', 'metrics.orgId'))
      .select(['metrics.id', 'metrics.name', 'metrics.target', 'metrics.indicator', 'goals.id as goalId', 'goals.title', 'goals.status', 'goals.parentId', 'goals.visibility'])
      .where('metrics.deletedAt', 'is', null)
      .where('metrics.direction', '=', 'increase')
      .where((eb) => eb.or([eb('goals.ownerId', '=', login.person.id), ...(ledTeams.length ? [eb('goals.teamId', 'in', ledTeams)] : [])]))
      .orderBy('metrics.name')
      .executeTakeFirstOrThrow();
    const newTarget = kpi.target + 7;

    const { context, page, watch } = await openWatched(browser(), `${server().url}/app/goals/${kpi.goalId}`);
    await signInWithToken(page, login.token);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: kpi.title, level: 1 }).waitFor();
    // The forms open on the values as stored, pickers included.
    expect(await main.getByLabel('Aligned under').inputValue()).toBe(kpi.parentId ?? '');
    expect(await main.getByLabel('Status', { exact: true }).inputValue()).toBe(kpi.status);
    expect(await main.getByLabel('Who can see it').inputValue()).toBe(kpi.visibility);
    const card = main.getByRole('region', { name: kpi.name, exact: true });
    await card.getByText('Edit this KPI').click();
    expect(await card.getByLabel('Kind of indicator').inputValue()).toBe(kpi.indicator);
    await card.getByLabel('Target', { exact: true }).fill(String(newTarget));
    await card.getByLabel(/Counts things done/).check();
    await card.getByRole('button', { name: 'Save KPI' }).click();

    await expect
      .poll(() => db.selectFrom('metrics').select(['target', 'counts']).where('id', '=', kpi.id).executeTakeFirst(), { timeout: 30_000 })
      .toEqual({ target: newTarget, counts: true });
    const log = await db.selectFrom('changeLog').select(['changedBy', 'changes']).where('entityId', '=', kpi.id).execute();
    // Exactly what was changed: nothing else the form holds was sent.
    expect(log).toEqual([{ changedBy: login.person.id, changes: [{ field: 'target', from: kpi.target, to: newTarget }, { field: 'counts', from: false, to: true }] }]);
    const history = main.getByRole('list', { name: `Changes to ${kpi.name}` });
    await history.getByText(`Target: ${kpi.target} → ${newTarget}`).waitFor({ timeout: 30_000 });
    await history.getByText(login.person.name).waitFor();

    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await main.getByRole('heading', { name: 'Änderungsverlauf' }).waitFor();
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    await context.close();
  });

  it('lets an admin import goals and KPIs from CSV after a dry run', async () => {
    const db = server().database.db;
    const manager = (await demoManagerLogin(server().database))!;
    const org = await db.selectFrom('orgs').select('id').where('slug', '=', manager.orgSlug).executeTakeFirstOrThrow();
    const admin = await db.selectFrom('persons').select(['id']).where('orgId', '=', org.id).where('role', '=', 'admin').where('active', '=', true).executeTakeFirstOrThrow();
    const { token } = await issueToken(db, { orgId: org.id, personId: admin.id, kind: 'person', name: 'e2e admin' });
    const cycle = await db.selectFrom('cycles').select(['id', 'name']).where('orgId', '=', org.id).where('deletedAt', 'is', null).orderBy('startsOn', 'desc').executeTakeFirstOrThrow();
    const team = await db.selectFrom('teams').select(['id', 'name']).where('orgId', '=', org.id).where('deletedAt', 'is', null).orderBy('name').executeTakeFirstOrThrow();
    const stamp = Date.now();
    const parentTitle = `Imported org goal ${stamp}`;
    const childTitle = `Imported team goal ${stamp}`;
    const csv = [
      'kind,cycle,title,level,team,parent,weight,goal,indicator,unit,baseline,target,direction,counts',
      `goal,${cycle.name},${childTitle},team,${team.name},${parentTitle},2,,,,,,,`,
      `goal,${cycle.name},${parentTitle},org,,,3,,,,,,,`,
      `kpi,${cycle.name},Imported KPI ${stamp},,,,1,${childTitle},leading,,0,40,increase,true`,
    ].join('\n');

    const { context, page, watch } = await openWatched(browser(), `${server().url}/app/goals/import`);
    await signInWithToken(page, token);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Import goals and KPIs' }).waitFor();
    await main.getByLabel('Or paste the CSV').fill(csv);
    await main.getByRole('button', { name: 'Check (dry run)' }).click();
    await main.getByRole('heading', { name: 'What the import would do' }).waitFor();
    await main.getByText('Goals: 2 new, 0 changed, 0 unchanged').waitFor();
    expect(await main.locator('tbody tr').count()).toBe(3);
    expect(await db.selectFrom('goals').select('id').where('title', 'in', [parentTitle, childTitle]).execute()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await main.getByRole('button', { name: 'Apply the import' }).click();
    await main.getByRole('heading', { name: 'Imported' }).waitFor();
    const goals = await db.selectFrom('goals').select(['id', 'title', 'level', 'teamId', 'parentId', 'weight', 'cycleId']).where('orgId', '=', org.id).where('title', 'in', [parentTitle, childTitle]).execute();
    const parent = goals.find((g) => g.title === parentTitle)!;
    expect(goals.find((g) => g.title === childTitle)).toMatchObject({ level: 'team', teamId: team.id, parentId: parent.id, weight: 2, cycleId: cycle.id });
    expect(parent).toMatchObject({ level: 'org', weight: 3, cycleId: cycle.id });
    const kpis = await db.selectFrom('metrics').select(['goalId', 'target', 'counts']).where('name', '=', `Imported KPI ${stamp}`).execute();
    expect(kpis).toEqual([{ goalId: goals.find((g) => g.title === childTitle)!.id, target: 40, counts: true }]);

    // A broken file names its row and column and writes nothing.
    await main.getByLabel('Or paste the CSV').fill(`kind,cycle,title,level\ngoal,No such cycle,X,org`);
    await main.getByRole('button', { name: 'Check (dry run)' }).click();
    await main.getByText('Row 2, column cycle: no cycle named "No such cycle" in this org').waitFor();
    expect(await page.emulateMedia({ colorScheme: 'dark' }).then(() => axeViolations(page))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
