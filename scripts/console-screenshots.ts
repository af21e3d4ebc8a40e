/**
 * Takes the screenshots of docs/console.md in Chromium, from the built console (`npm run build
 * -w sdk` first): a throwaway server with the demo org and a new empty org, the first-run wizard
 * as a new admin goes through it (the same steps as e2e/console-first-quarter.test.ts), then a
 * demo manager's team week, a 1:1, the goals, dark and German; then feedback requests (asking,
 * and the inbox of the person asked), a review beside its evidence, and calibration.
 *
 *   node --import tsx scripts/console-screenshots.ts [out-dir, default docs/console]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createApp, createOrgWithAdmin, demoManagerLogin, issueToken, migrate, openDatabase, seedDemo, startServer } from '@sightline/backend';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/chromium';
import { buildQuarter, FIRST_QUARTER, signInWithCode, signInWithToken } from '../e2e/support/console-flows';
import { askForFeedback, inboxEntry } from '../e2e/support/coaching-flows';
import { shootCoaching } from './console-screenshots-coaching';

const outDir = process.argv[2] ?? 'docs/console';
mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'sightline-screenshots-'));
const database = await openDatabase({ dataDir });
await migrate(database);
await seedDemo(database);
const server = await startServer(createApp({ database }), { port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM ?? undefined, headless: false, args: CHROMIUM_ARGS });

/** The whole page down to at most MAX_HEIGHT px, so the PNGs stay small. */
const MAX_HEIGHT = 1300;
const shoot = async (page: Page, name: string) => {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: page.viewportSize()!.width, height: Math.min(height, MAX_HEIGHT) } });
};
const newPage = async (options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}) =>
  (await browser.newContext({ viewport: { width: 960, height: 700 }, locale: options.locale ?? 'en-US', colorScheme: options.colorScheme ?? 'light', timezoneId: 'Europe/Berlin' })).newPage();

try {
  const acme = await createOrgWithAdmin(database, { name: 'Acme', slug: 'acme', adminEmail: 'ada@acme.example', adminName: 'Ada Admin' });
  const admin = await newPage();
  await admin.goto(`${server.url}/app`);
  await admin.getByRole('heading', { name: 'Sign in to Sightline' }).waitFor();
  await shoot(admin, 'sign-in');
  await signInWithCode(admin, acme.signIn.code);
  await buildQuarter(admin, FIRST_QUARTER, (step) => shoot(admin, `setup-${step}`));

  const login = (await demoManagerLogin(database))!;
  const manager = await newPage();
  await manager.goto(`${server.url}/app`);
  await signInWithToken(manager, login.token);
  await manager.waitForURL('**/app/team');
  // Last week: every check-in has come in or is late, which is what a Monday 1:1 looks back on.
  await manager.getByRole('link', { name: '← Previous week' }).click();
  await manager.locator('.team-table .state').first().waitFor();
  await shoot(manager, 'team');
  await manager.locator('.team-table tbody a').first().click();
  await manager.locator('sightline-feedback form').waitFor();
  await shoot(manager, 'one-on-one');
  await manager.goto(`${server.url}/app/goals`);
  await manager.locator('sightline-goals .title').first().waitFor();
  await shoot(manager, 'goals');
  await manager.emulateMedia({ colorScheme: 'dark' });
  await manager.goBack();
  await manager.goBack();
  await manager.locator('.team-table .state').first().waitFor();
  await shoot(manager, 'team-dark');
  await manager.emulateMedia({ colorScheme: 'light' });
  await manager.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await manager.getByRole('heading', { name: 'Mein Team' }).waitFor();
  await shoot(manager, 'team-de');

  // Requests: the manager asks a peer about a report; the peer's inbox with the answer form open.
  const db = database.db;
  // A report with feedback given on a ticket or deal, so the review's evidence links back to it.
  const report = await db
    .selectFrom('persons')
    .select(['id', 'name', 'orgId'])
    .where('managerId', '=', login.person.id)
    .where('active', '=', true)
    .where(({ exists, selectFrom }) => exists(selectFrom('feedback').select('feedback.id').whereRef('feedback.subjectId', '=', 'persons.id').where('feedback.context', 'is not', null).where('feedback.visibility', '!=', 'private')))
    .orderBy('name')
    .executeTakeFirstOrThrow();
  const peer = await db.selectFrom('persons').select(['id', 'name']).where('orgId', '=', report.orgId).where('active', '=', true).where('id', 'not in', [login.person.id, report.id]).orderBy('name').executeTakeFirstOrThrow();
  const asker = await newPage();
  await asker.goto(`${server.url}/app`);
  await signInWithToken(asker, login.token);
  await asker.waitForURL('**/app/team');
  await asker.goto(`${server.url}/app/requests`);
  const prompt = `How did ${report.name} handle last week’s billing escalation?`;
  await askForFeedback(asker, { aboutName: report.name, recipientName: peer.name, prompt, dueOn: '2026-12-18' });
  await asker.locator('#sent-heading + ul > li').filter({ hasText: prompt }).waitFor();
  await shoot(asker, 'requests');
  const peerToken = (await issueToken(db, { orgId: report.orgId, personId: peer.id, kind: 'person', name: 'screenshots' })).token;
  const asked = await newPage();
  await asked.goto(`${server.url}/app`);
  await signInWithToken(asked, peerToken);
  await asked.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Requests/ }).waitFor();
  await asked.goto(`${server.url}/app/requests`);
  await inboxEntry(asked, prompt).getByRole('button', { name: /^Answer / }).click();
  await shoot(asked, 'requests-inbox');

  // A manager review of the report, beside the period's evidence; submitted, so calibration has a rating.
  await asker.goto(`${server.url}/app/reviews`);
  await asker.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
  await shoot(asker, 'reviews');
  await asker.getByRole('button', { name: `Start a manager review of ${report.name}` }).click();
  await asker.locator('.evidence h3').first().waitFor();
  await asker.getByRole('main').locator('textarea').first().fill('Escalations became fixes for the whole queue: the refund runbook came out of them.');
  await shoot(asker, 'review');
  // The evidence's feedback, each linked to the ticket or deal it was given on.
  await asker.locator('.evidence-feedback').screenshot({ path: join(outDir, 'review-evidence.png') });
  await asker.getByLabel(/^Overall rating/).selectOption('4');
  await asker.getByRole('button', { name: 'Submit (final)' }).click();
  await asker.getByRole('button', { name: `Share with ${report.name}` }).waitFor();
  const peopleAdmin = await db.selectFrom('persons').select('id').where('orgId', '=', report.orgId).where('role', '=', 'people_admin').executeTakeFirstOrThrow();
  const adminToken = (await issueToken(db, { orgId: report.orgId, personId: peopleAdmin.id, kind: 'person', name: 'screenshots' })).token;
  const calibrating = await newPage();
  await calibrating.goto(`${server.url}/app`);
  await signInWithToken(calibrating, adminToken);
  await calibrating.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibration' }).waitFor();
  // The rating is on the server once the review is no longer marked as not yet sent.
  await asker.locator('.lead .pending').waitFor({ state: 'detached' });
  await calibrating.goto(`${server.url}/app/calibration`);
  await calibrating.locator('table.calibration tbody tr').first().waitFor();
  await shoot(calibrating, 'calibration');
  await shootCoaching({ server, database, newPage, shoot, managerToken: login.token, managerId: login.person.id, admin });
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
