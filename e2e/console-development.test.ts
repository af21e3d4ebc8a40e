/**
 * The development loop and due lists in the console, against the demo org: a manager sees their
 * team's due check-ins, adds a skill, raises a skill gap on a report from coaching feedback,
 * starts a development action on it and opens its effect; an admin sets the org's cadence. Each
 * step is checked in the server's database, and each page passes axe in light and dark.
 */
import { applyPush, demoManagerLogin, issueToken, personPrincipal } from '@sightline/backend';
import { uuidv7 } from '../sdk/src/model/uuid';
import { expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { signInWithToken } from './support/console-flows';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';
import { sightlineForFile } from './support/servers';

describeInChromium('the console: development and due check-ins', (browser) => {
  const server = sightlineForFile('console-development');

  it('lets a manager raise a skill gap from coaching feedback and work on it', async () => {
    const login = (await demoManagerLogin(server().database))!;
    const db = server().database.db;
    // Coaching feedback the manager gave a report earlier (pushed as the manager's own client would).
    const report = await db.selectFrom('persons').select(['id', 'orgId']).where('managerId', '=', login.person.id).where('active', '=', true).orderBy('name').executeTakeFirstOrThrow();
    const coached = { id: report.id, feedbackId: uuidv7() };
    const now = new Date().toISOString();
    const pushed = await applyPush(db, personPrincipal(report.orgId, login.person.id, 'manager'), {
      clientId: uuidv7(),
      mutations: [{ id: uuidv7(), seq: 1, name: 'feedback.create', args: { id: coached.feedbackId, subjectId: report.id, kind: 'coaching', visibility: 'manager', body: 'Escalations lacked reproduction steps this week', createdAt: now }, at: now }],
    });
    expect(pushed.results[0]!.status).toBe('applied');
    const reports = await db.selectFrom('persons').select('id').where('managerId', '=', login.person.id).where('active', '=', true).execute();

    const { context, page, watch } = await openWatched(browser(), `${server().url}/app/due`);
    await signInWithToken(page, login.token);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Due check-ins', level: 1 }).waitFor();
    await expect.poll(() => main.locator('.due-table tbody tr').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(reports.length);
    await main.getByText(/^Week .*: due /).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.goto(`${server().url}/app/development?person=${coached.id}`);
    await main.getByRole('heading', { name: 'Development', level: 1 }).waitFor();
    const skill = `Calm escalations ${Date.now()}`;
    await main.getByLabel('Skill', { exact: true }).last().fill(skill);
    await main.getByRole('button', { name: 'Add skill' }).click();
    await expect.poll(() => db.selectFrom('skills').select('name').where('name', '=', skill).execute(), { timeout: 30_000 }).toEqual([{ name: skill }]);

    const gaps = main.getByRole('region', { name: 'Skill gaps' });
    await gaps.getByLabel('Skill', { exact: true }).selectOption({ label: skill });
    const source = gaps.getByLabel('Seen in');
    await source.selectOption(`feedback:${coached.feedbackId}`);
    await gaps.getByLabel(/^Note/).fill('Pauses before answering an upset customer');
    await gaps.getByRole('button', { name: 'Raise a skill gap' }).click();
    await expect
      .poll(() => db.selectFrom('skillGaps').select(['personId', 'source', 'sourceId', 'raisedBy', 'status']).where('personId', '=', coached.id).execute(), { timeout: 30_000 })
      .toEqual([{ personId: coached.id, source: 'feedback', sourceId: coached.feedbackId, raisedBy: login.person.id, status: 'open' }]);

    const actions = main.getByRole('region', { name: 'Development actions' });
    await actions.getByLabel('What will be done').fill('Shadow two escalation calls');
    await actions.getByLabel('Kind').selectOption('mentoring');
    await actions.getByLabel(/^Skill \(/).selectOption({ label: skill });
    await actions.getByLabel(/^Skill gap/).selectOption({ label: skill });
    await actions.getByLabel(/^Started on/).fill('2026-01-05');
    await actions.getByRole('button', { name: 'Add development action' }).click();
    await expect
      .poll(() => db.selectFrom('developmentActions').select(['title', 'kind', 'status', 'startedOn']).where('personId', '=', coached.id).execute(), { timeout: 30_000 })
      .toEqual([{ title: 'Shadow two escalation calls', kind: 'mentoring', status: 'planned', startedOn: '2026-01-05' }]);
    await actions.getByRole('button', { name: 'Effect before and after' }).click();
    await actions.getByRole('table', { name: 'Feedback on this skill' }).waitFor({ timeout: 30_000 });

    await actions.getByLabel('Status', { exact: true }).first().selectOption('in_progress');
    await expect.poll(() => db.selectFrom('developmentActions').select('status').where('personId', '=', coached.id).execute(), { timeout: 30_000 }).toEqual([{ status: 'in_progress' }]);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  it('lets an admin set the org’s check-in cadence', async () => {
    const db = server().database.db;
    const manager = (await demoManagerLogin(server().database))!;
    const org = await db.selectFrom('orgs').select('id').where('slug', '=', manager.orgSlug).executeTakeFirstOrThrow();
    const admin = await db.selectFrom('persons').select('id').where('orgId', '=', org.id).where('role', '=', 'admin').where('active', '=', true).executeTakeFirstOrThrow();
    const { token } = await issueToken(db, { orgId: org.id, personId: admin.id, kind: 'person', name: 'e2e admin' });

    const { context, page, watch } = await openWatched(browser(), `${server().url}/app/due`);
    await signInWithToken(page, token);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Check-in cadence' }).waitFor({ timeout: 30_000 });
    await main.getByLabel('How often').selectOption('2');
    await main.getByLabel('Due by the end of').selectOption({ label: 'Wednesday' });
    await main.getByLabel('First check-in week').fill('2026-W02');
    await main.getByRole('button', { name: 'Save cadence' }).click();
    await expect
      .poll(() => db.selectFrom('checkInCadences').select(['intervalWeeks', 'anchorWeek', 'dueWeekday']).where('orgId', '=', org.id).execute(), { timeout: 30_000 })
      .toEqual([{ intervalWeeks: 2, anchorWeek: '2026-W02', dueWeekday: 3 }]);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
