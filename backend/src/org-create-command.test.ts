import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { call } from '../test/helpers/http';
import { createApp } from './app';
import { issueSignInCode } from './auth/sign-in-codes';
import { openDatabase } from './db/database';
import { orgCreateCommand } from './org-create-command';

const dataDir = mkdtempSync(join(tmpdir(), 'sightline-org-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function createOrg(...args: string[]): Promise<string> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  try {
    await orgCreateCommand(args, {}, dataDir);
  } finally {
    log.mockRestore();
  }
  return /"code":"(slc_[\w-]+)"/.exec(lines.join('\n'))![1]!;
}

it('creates several orgs, each with a first admin who signs in once with a one-time code', async () => {
  const acme = await createOrg('--name', 'Acme', '--slug', 'acme', '--admin-email', 'Ada@Acme.test');
  const globex = await createOrg('--name', 'Globex', '--slug', 'globex', '--admin-email', 'hank@globex.test', '--admin-name', 'Hank');
  await expect(orgCreateCommand(['--name', 'Acme 2', '--slug', 'acme', '--admin-email', 'x@acme.test'], {}, dataDir)).rejects.toThrow(/slug acme already exists/);

  const database = await openDatabase({ dataDir });
  try {
    const app = createApp({ database });
    const first = await call(app, 'POST', '/v1/auth/sign-in-code', { json: { code: acme } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.person).toMatchObject({ email: 'ada@acme.test', role: 'admin' });
    const me = await call(app, 'GET', '/v1/me', { token: first.body.token });
    expect(me.body).toMatchObject({ principal: { role: 'admin' }, org: { slug: 'acme' } });

    const replay = await call(app, 'POST', '/v1/auth/sign-in-code', { json: { code: acme } });
    expect(replay.status).toBe(401);
    const other = await call(app, 'POST', '/v1/auth/sign-in-code', { json: { code: globex } });
    expect(other.body).toMatchObject({ person: { name: 'Hank', role: 'admin' }, org: { slug: 'globex' } });

    const expired = await issueSignInCode(database.db, { orgId: me.body.org.id, personId: me.body.person.id, now: new Date(Date.now() - 3_600_000) });
    const late = await call(app, 'POST', '/v1/auth/sign-in-code', { json: { code: expired.code } });
    expect(late.status).toBe(401);
    expect(late.body).toEqual(replay.body);
    const stored = await database.db.selectFrom('signInCodes').select('codeHash').execute();
    expect(stored.map((s) => s.codeHash).join()).not.toContain(acme.slice(4, 20));
  } finally {
    await database.close();
  }
}, 120_000);
