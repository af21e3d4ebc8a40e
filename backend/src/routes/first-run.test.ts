import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../test/helpers/http';
import { createApp } from '../app';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { createOrgWithAdmin } from '../orgs/create-org-with-admin';
import { SETUP_TOKEN_FILE, firstRunFor, prepareFirstRun } from '../orgs/first-run';

const TOKEN = 'a-setup-token-of-at-least-32-characters-long';
const body = (setupToken = TOKEN) => ({ setupToken, name: 'Acme', slug: 'acme', adminEmail: 'Ada@Acme.test', adminName: 'Ada' });

describe('the first-run page', () => {
  let database: Database;
  afterEach(async () => database?.close());
  const fresh = async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    return database;
  };
  const orgCount = async () => (await database.db.selectFrom('orgs').select('id').execute()).length;

  it('creates the first org and its admin with the setup token, once; then the page is gone', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sightline-first-run-'));
    await fresh();
    const prepared = (await prepareFirstRun(database.db, { env: {}, dataDir }))!;
    const file = join(dataDir, SETUP_TOKEN_FILE);
    const token = (await readFile(file, 'utf8')).trim();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(token.length).toBeGreaterThanOrEqual(32);
    const notice = prepared.notice('http://127.0.0.1:8787');
    expect(notice).toContain(file);
    expect(notice).not.toContain(token);

    const app = createApp({ database, firstRun: prepared.firstRun });
    expect((await call(app, 'GET', '/v1/setup/first-run')).body).toEqual({ open: true });
    const created = await call(app, 'POST', '/v1/setup/first-run', { json: body(token) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ org: { name: 'Acme', slug: 'acme' }, admin: { email: 'ada@acme.test' } });
    const admin = await database.db.selectFrom('persons').selectAll().where('email', '=', 'ada@acme.test').executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ role: 'admin', name: 'Ada', orgId: created.body.org.id });
    // The admin signs in with the one-time code the page shows.
    expect((await call(app, 'POST', '/v1/auth/sign-in-code', { json: { code: created.body.signIn.code } })).status).toBe(201);
    await expect(stat(file)).rejects.toThrow(/ENOENT/);

    expect((await call(app, 'GET', '/v1/setup/first-run')).body).toEqual({ open: false });
    expect((await call(app, 'POST', '/v1/setup/first-run', { json: { ...body(token), slug: 'acme2' } })).status).toBe(404);
    expect(await orgCount()).toBe(1);
  });

  it('refuses without a first run, with a wrong or hostile token, and once an org exists', async () => {
    await fresh();
    const none = createApp({ database });
    expect((await call(none, 'GET', '/v1/setup/first-run')).body).toEqual({ open: false });
    expect((await call(none, 'POST', '/v1/setup/first-run', { json: body() })).status).toBe(404);

    const app = createApp({ database, firstRun: firstRunFor(TOKEN, null) });
    const wrong = await call(app, 'POST', '/v1/setup/first-run', { json: body('not-the-token') });
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).not.toContain(TOKEN);
    const nul = await call(app, 'POST', '/v1/setup/first-run', { json: body('\u0000') });
    expect(nul.status).toBe(422);
    const badSlug = await call(app, 'POST', '/v1/setup/first-run', { json: { ...body(), slug: 'Not A Slug' } });
    expect(badSlug.status).toBe(422);
    expect(badSlug.body.error.issues).toEqual([{ path: 'slug', message: expect.stringMatching(/lowercase/) }]);
    expect(await orgCount()).toBe(0);

    // An org created meanwhile (the CLI) ends the first run, even for the right token.
    await createOrgWithAdmin(database, { name: 'Other', slug: 'other', adminEmail: 'o@other.test' });
    expect((await call(app, 'GET', '/v1/setup/first-run')).body).toEqual({ open: false });
    expect((await call(app, 'POST', '/v1/setup/first-run', { json: body() })).status).toBe(404);
    expect(await orgCount()).toBe(1);
  });

  it('creates exactly one org when two requests race with the right token', async () => {
    await fresh();
    const app = createApp({ database, firstRun: firstRunFor(TOKEN, null) });
    const answers = await Promise.all([
      call(app, 'POST', '/v1/setup/first-run', { json: body() }),
      call(app, 'POST', '/v1/setup/first-run', { json: { ...body(), slug: 'acme-two' } }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 404]);
    expect(await orgCount()).toBe(1);
  });

  it('is not prepared on a server that has an org, and refuses a short SIGHTLINE_SETUP_TOKEN', async () => {
    await fresh();
    await expect(prepareFirstRun(database.db, { env: { SIGHTLINE_SETUP_TOKEN: 'short' }, dataDir: '/nonexistent' })).rejects.toThrow(/at least 32/);
    const fromEnv = (await prepareFirstRun(database.db, { env: { SIGHTLINE_SETUP_TOKEN: TOKEN }, dataDir: '/nonexistent' }))!;
    expect(fromEnv.firstRun.matches(TOKEN)).toBe(true);
    expect(fromEnv.notice('http://x')).not.toContain(TOKEN);
    await createOrgWithAdmin(database, { name: 'Other', slug: 'other', adminEmail: 'o@other.test' });
    expect(await prepareFirstRun(database.db, { env: {}, dataDir: '/nonexistent' })).toBeNull();
  });
});
