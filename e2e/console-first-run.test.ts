/**
 * A new server without any org, in Chromium: the sign-in page points to the first run; a wrong
 * setup token is refused; the right one creates the org and its admin, signs the admin in and
 * opens the set-up wizard; afterwards the page is gone. Checked in the database.
 */
import { createApp, firstRunFor, migrate, openDatabase, startServer, type Database, type RunningServer } from '@sightline/backend';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { describeInChromium } from './support/chromium';
import { openWatched } from './support/page-watch';

const TOKEN = 'e2e-setup-token-that-is-long-enough-to-pass';

describeInChromium('the console: the first org on a new server', (browser) => {
  let database: Database;
  let server: RunningServer;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    server = await startServer(createApp({ database, firstRun: firstRunFor(TOKEN, null), sdkDir: inject('sdkDir') }), { port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('creates the first org and admin with the setup token only, then is gone', async () => {
    const { context, page, watch } = await openWatched(browser(), `${server.url}/app`);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Create your organisation' }).click();
    await main.getByRole('heading', { name: 'Create your organisation', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);

    await main.getByLabel('Setup token').fill('not-the-token');
    await main.getByLabel('Organisation name').fill('Acme');
    await main.getByLabel('Short name').fill('acme');
    await main.getByLabel('Your name').fill('Ada Admin');
    await main.getByLabel('Your email').fill('ada@acme.example');
    await main.getByRole('button', { name: 'Create the organisation' }).click();
    await main.getByRole('alert').getByText(/setup token is wrong/).waitFor();
    expect(await database.db.selectFrom('orgs').select('id').execute()).toEqual([]);

    await main.getByLabel('Setup token').fill(TOKEN);
    await main.getByRole('button', { name: 'Create the organisation' }).click();
    await main.getByRole('heading', { name: 'Which period do you plan?' }).waitFor({ timeout: 30_000 });
    const orgs = await database.db.selectFrom('orgs').select(['id', 'name', 'slug']).execute();
    expect(orgs).toEqual([{ id: expect.any(String), name: 'Acme', slug: 'acme' }]);
    const admin = await database.db.selectFrom('persons').select(['name', 'email', 'role']).where('orgId', '=', orgs[0]!.id).execute();
    expect(admin).toEqual([{ name: 'Ada Admin', email: 'ada@acme.example', role: 'admin' }]);

    await page.goto(`${server.url}/app/first-run`);
    await main.getByRole('heading', { name: 'Already set up' }).waitFor();
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
