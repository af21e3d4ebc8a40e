/**
 * `npm start`'s server as a new user gets it: the CLI's `serve` on a fresh PGlite data
 * directory (seeded with the demo org), on a free port. Reads the URL and the dev sign-in
 * command from the start banner and signs in as it says, which is what a person trying the
 * demo does too (the banner prints no token).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface DemoServer {
  origin: string;
  /** A token for the person the banner's dev sign-in names: what the bench's own host page signs in with. */
  token: string;
  close(): Promise<void>;
}

const CLI = join(import.meta.dirname, '../backend/src/cli.ts');

export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sightline-vitals-'));
  const { DATABASE_URL: _ignored, ...env } = process.env; // the embedded database, as `npm start` uses by default
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--data-dir', dataDir], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    let origin: string | null = null;
    let signIn: { url: string; body: string } | null = null;
    for await (const line of createInterface({ input: child.stdout! })) {
      origin ??= /^Sightline is running at (\S+)/.exec(line)?.[1] ?? null;
      const command = /^Sign in \(dev sign-in, demo only\): curl -X POST (\S+) .* -d '([^']+)'/.exec(line);
      if (command) signIn = { url: command[1]!, body: command[2]! };
      if (line.startsWith('Demo intranet page:')) break;
    }
    if (!origin || !signIn) throw new Error('the server exited before printing its URL, dev sign-in and demo page');
    const response = await fetch(signIn.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: signIn.body });
    if (!response.ok) throw new Error(`dev sign-in answered ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    return { origin, token, close };
  } catch (error) {
    await close();
    throw error;
  }
}
