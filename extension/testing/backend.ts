/**
 * Test-only: the real Sightline backend as its own process (`sightline serve` on a free
 * loopback port, a throwaway PGlite directory, the demo org), reached over HTTP only, so the
 * extension never imports backend code. Sign-in is checked against the server's real answers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  /** A fresh person token from dev sign-in. */
  token: string;
}

export interface TestBackend {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  orgName: string;
  people: Record<'member' | 'manager' | 'admin', DemoPerson>;
  /** An integration key, which acts for no person. */
  integrationKey: string;
  close(): Promise<void>;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Demo people (backend/src/seed/demo-data.ts) by the role the tests need. */
const EMAILS = { member: 'lena.vogel@northwind.example', manager: 'emily.carter@northwind.example', admin: 'amara.okafor@northwind.example' };

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function startBackend(): Promise<TestBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sightline-extension-test-'));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'backend/src/cli.ts', 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const running = /Sightline is running at (http:\/\/\S+)/.exec(output);
        if (running) resolve(running[1]!);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`sightline serve exited (${code}) before listening:\n${output}`)));
    });
    const signIn = async (email: string) => {
      const { token, person, org } = await post<{ token: string; person: Omit<DemoPerson, 'token'>; org: { name: string } }>(
        `${endpoint}/v1/auth/dev-signin`,
        { email },
      );
      return { person: { id: person.id, name: person.name, email: person.email, token }, orgName: org.name };
    };
    const [member, manager, admin] = await Promise.all([signIn(EMAILS.member), signIn(EMAILS.manager), signIn(EMAILS.admin)]);
    const { token: integrationKey } = await post<{ token: string }>(`${endpoint}/v1/auth/tokens`, { kind: 'integration', name: 'extension tests' }, admin!.person.token);
    return {
      endpoint,
      orgName: member!.orgName,
      people: { member: member!.person, manager: manager!.person, admin: admin!.person },
      integrationKey,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
