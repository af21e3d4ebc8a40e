import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sseEvents } from '../test/helpers/sse';
import { openFreshPostgres } from '../test/helpers/fresh-postgres';
import { serveCommand } from './cli';
import { openDatabase } from './db/database';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-cli-'));
  dirs.push(dir);
  return dir;
};

async function serveOnce(args: string[], env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  try {
    const stop = await serveCommand(['--port', '0', ...args], env);
    const out = lines.join('\n');
    return { stop, out, url: /running at (http:\/\/\S+)/.exec(out)![1]! };
  } finally {
    log.mockRestore();
  }
}

const post = (url: string, json: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });

async function tokenCount(dataDir: string): Promise<number> {
  const database = await openDatabase({ dataDir });
  try {
    return Number((await database.db.selectFrom('apiTokens').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  } finally {
    await database.close();
  }
}

describe('sightline serve', () => {
  it('is a demo on the embedded database: seeds, says so, offers dev sign-in and the demo page, and prints no token', async () => {
    const dataDir = freshDir();
    const first = await serveOnce(['--data-dir', dataDir]);
    expect(first.out).toMatch(/Seeded the demo org/);
    expect(first.out).toMatch(/demo mode/i);
    expect(first.out).not.toMatch(/sl[pk]_/);
    const email = /"email":"([^"]+)"/.exec(first.out)![1]!;
    const signIn = await post(`${first.url}/v1/auth/dev-signin`, { email });
    expect(signIn.status).toBe(201);
    const { token } = (await signIn.json()) as { token: string };
    const me = await fetch(`${first.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ principal: { kind: 'person' } });
    const demoPage = await fetch(/Demo intranet page: (http:\/\/\S+\/demo)/.exec(first.out)![1]!);
    expect(demoPage.status).toBe(200);
    expect(await demoPage.text()).toContain('<sightline-goals');

    // An open SSE stream must not keep the server from stopping.
    const events = await fetch(`${first.url}/v1/sync/events`, { headers: { authorization: `Bearer ${token}` } });
    await sseEvents(events.body!).next();
    await first.stop();

    // Starting again mints nothing: the only token is the one signed in for above.
    const second = await serveOnce(['--data-dir', dataDir]);
    expect(second.out).not.toMatch(/Seeded/);
    expect(second.out).not.toMatch(/sl[pk]_/);
    await second.stop();
    expect(await tokenCount(dataDir)).toBe(1);
  }, 240_000);

  it.each([
    ['--production', ['--production'], {}],
    ['SIGHTLINE_MODE=production', [], { SIGHTLINE_MODE: 'production' }],
  ])('in production mode (%s) has no dev sign-in, no demo routes, no seed and prints no token', async (_label, flags, env) => {
    const dataDir = freshDir();
    const server = await serveOnce(['--data-dir', dataDir, ...flags], env);
    try {
      expect(server.out).toMatch(/production mode/i);
      expect(server.out).not.toMatch(/Seeded|sl[pk]_|dev-signin/);
      expect(server.out).toMatch(/sightline org create/);
      expect((await post(`${server.url}/v1/auth/dev-signin`, { email: 'anyone@northwind.example' })).status).toBe(401);
      for (const path of ['/demo', '/demo/token?as=lena.vogel@northwind.example', '/']) {
        expect((await fetch(`${server.url}${path}`, { redirect: 'manual' })).status, path).toBe(404);
      }
    } finally {
      await server.stop();
    }
    expect(await tokenCount(dataDir)).toBe(0);
  }, 120_000);

  it.runIf(process.env.DATABASE_URL)('is in production mode whenever DATABASE_URL is set, and refuses SIGHTLINE_MODE=demo there', async () => {
    const fresh = await openFreshPostgres(process.env.DATABASE_URL!);
    const { url } = fresh;
    try {
      await expect(serveCommand(['--port', '0'], { DATABASE_URL: url, SIGHTLINE_MODE: 'demo' })).rejects.toThrow(/embedded database/);
      const server = await serveOnce([], { DATABASE_URL: url });
      try {
        expect(server.out).toMatch(/production mode/i);
        expect((await post(`${server.url}/v1/auth/dev-signin`, { email: 'anyone@northwind.example' })).status).toBe(401);
        expect((await fetch(`${server.url}/demo`)).status).toBe(404);
        expect((await fresh.database.db.selectFrom('orgs').select('id').execute()).length).toBe(0);
      } finally {
        await server.stop();
      }
    } finally {
      await fresh.drop();
    }
  }, 60_000);
});
