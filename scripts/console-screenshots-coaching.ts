/**
 * The screenshots of docs/console.md's authoring and coaching sections, called by
 * console-screenshots.ts with its server and pages: a goal page after a KPI edit (with its
 * history), the CSV import after a dry run, development, due check-ins, and the first-run page
 * of a second, empty server.
 */
import type { Page } from 'playwright-core';
import { createApp, firstRunFor, migrate, openDatabase, startServer, type Database, type RunningServer } from '@sightline/backend';
import { signInWithToken } from '../e2e/support/console-flows';

interface Shots {
  server: RunningServer;
  database: Database;
  newPage(options?: { colorScheme?: 'light' | 'dark'; locale?: string }): Promise<Page>;
  shoot(page: Page, name: string): Promise<void>;
  /** The demo manager's token and the new org's admin page, signed in after the wizard. */
  managerToken: string;
  managerId: string;
  admin: Page;
}

export async function shootCoaching({ server, database, newPage, shoot, managerToken, managerId, admin }: Shots): Promise<void> {
  // A goal the manager owns or whose team they lead, with a KPI: one they may edit.
  const led = (await database.db.selectFrom('teams').select('id').where('leadId', '=', managerId).execute()).map((t) => t.id);
  const goal = await database.db
    .selectFrom('goals')
    .innerJoin('metrics', (j) => j.onRef('metrics.goalId', '=', 'goals.id').onRef('metrics.orgId', '=', 'goals.orgId'))
    .select('goals.id')
    .where('goals.deletedAt', 'is', null)
    .where((eb) => eb.or([eb('goals.ownerId', '=', managerId), ...(led.length ? [eb('goals.teamId', 'in', led)] : [])]))
    .executeTakeFirstOrThrow();
  const manager = await newPage();
  await manager.goto(`${server.url}/app/goals/${goal.id}`);
  await signInWithToken(manager, managerToken);
  const main = manager.getByRole('main');
  await main.getByRole('heading', { name: 'Change history' }).waitFor();
  const kpi = main.locator('section.card').first();
  await kpi.getByText('Edit this KPI').click();
  const target = kpi.getByLabel('Target', { exact: true });
  await target.fill(String(Number(await target.inputValue()) + 5));
  await kpi.getByRole('button', { name: 'Save KPI' }).click();
  await main.locator('.history li').first().waitFor({ timeout: 30_000 });
  await shoot(manager, 'goal-page');

  await manager.goto(`${server.url}/app/development`);
  await main.getByRole('heading', { name: 'Development', level: 1 }).waitFor();
  await main.getByLabel('Whose development').selectOption({ index: 1 });
  await main.getByRole('heading', { name: 'Skill gaps' }).waitFor();
  await shoot(manager, 'development');
  await manager.goto(`${server.url}/app/due`);
  await main.locator('.due-table tbody tr').first().waitFor({ timeout: 30_000 });
  await shoot(manager, 'due');

  await admin.goto(`${server.url}/app/goals/import`);
  const adminMain = admin.getByRole('main');
  await adminMain.getByLabel('Or paste the CSV').fill(
    [
      'kind,cycle,title,level,team,parent,weight,goal,indicator,unit,baseline,target,direction,counts',
      'goal,Q1 2027,Cut churn in the first 90 days,team,Support,Customers renew because we solve their problems fast,2,,,,,,,',
      'kpi,Q1 2027,Onboarding calls held,,,,1,Cut churn in the first 90 days,leading,,0,40,increase,true',
      'kpi,Q1 2027,First reply time,,,,1,Answer every ticket within an hour,leading,h,8,0.5,decrease,false',
    ].join('\n'),
  );
  await adminMain.getByRole('button', { name: 'Check (dry run)' }).click();
  await adminMain.getByRole('heading', { name: 'What the import would do' }).waitFor();
  await shoot(admin, 'import');

  // A second server without any org: the first-run page, opened with a setup token.
  const empty = await openDatabase({ dataDir: 'memory://' });
  await migrate(empty);
  const fresh = await startServer(createApp({ database: empty, firstRun: firstRunFor('a-setup-token-only-the-operator-can-read', null) }), { port: 0 });
  try {
    const operator = await newPage();
    await operator.goto(`${fresh.url}/app/first-run`);
    await operator.getByRole('heading', { name: 'Create your organisation' }).waitFor();
    await shoot(operator, 'first-run');
  } finally {
    await fresh.close();
    await empty.close();
  }
}
