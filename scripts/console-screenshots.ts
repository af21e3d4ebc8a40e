/**
 * Takes the screenshots of docs/console.md in Chromium, from the built console (`npm run build
 * -w sdk` first): a throwaway server with the demo org and a new empty org, the first-run wizard
 * as a new admin goes through it (the same steps as e2e/console-first-quarter.test.ts), then a
 * demo manager's team week, a 1:1, the goals, dark and German.
 *
 *   node --import tsx scripts/console-screenshots.ts [out-dir, default docs/console]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createApp, createOrgWithAdmin, demoManagerLogin, migrate, openDatabase, seedDemo, startServer } from '@sightline/backend';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/chromium';
import { buildQuarter, FIRST_QUARTER, signInWithCode, signInWithToken } from '../e2e/support/console-flows';
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
  await shootCoaching({ server, database, newPage, shoot, managerToken: login.token, managerId: login.person.id, admin });
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
