import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { sseEvents } from '../test/helpers/sse';
import { serveCommand } from './cli';

const dataDir = mkdtempSync(join(tmpdir(), 'sightline-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function serveOnce() {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    const stop = await serveCommand(['--port', '0', '--data-dir', dataDir], {});
    const out = lines.join('\n');
    return { stop, out, url: /running at (http:\/\/\S+)/.exec(out)![1]!, token: /(slp_[\w-]{43})/.exec(out)![1]! };
  } finally {
    log.mockRestore();
  }
}

it('serves the seeded demo over HTTP with a fresh manager token each start, and shuts down cleanly', async () => {
  const first = await serveOnce();
  expect(first.out).toMatch(/Seeded the demo org/);
  const me = await fetch(`${first.url}/v1/me`, { headers: { authorization: `Bearer ${first.token}` } });
  expect(await me.json()).toMatchObject({ principal: { kind: 'person', role: 'manager' } });
  const email = /"email":"([^"]+)"/.exec(first.out)![1]!;
  const signIn = await fetch(`${first.url}/v1/auth/dev-signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  expect(signIn.status).toBe(201);
  const demoPage = await fetch(/Demo intranet page: (http:\/\/\S+\/demo)/.exec(first.out)![1]!);
  expect(demoPage.status).toBe(200);
  expect(await demoPage.text()).toContain('<sightline-goals');

  // An open SSE stream must not keep the server from stopping.
  const events = await fetch(`${first.url}/v1/sync/events`, { headers: { authorization: `Bearer ${first.token}` } });
  await sseEvents(events.body!).next();
  await first.stop();

  const second = await serveOnce();
  try {
    expect(second.out).not.toMatch(/Seeded/);
    expect(second.token).not.toBe(first.token);
    expect((await fetch(`${second.url}/v1/me`, { headers: { authorization: `Bearer ${first.token}` } })).status).toBe(200);
  } finally {
    await second.stop();
  }
}, 60_000);
