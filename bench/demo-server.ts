/**
 * `npm start`'s server as a new user gets it: the CLI's `serve` on a fresh PGlite data
 * directory (seeded with the demo org), on a free port. Reads the URL and the demo token from
 * the start banner, which is what a person trying the demo copies too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface DemoServer {
  origin: string;
  /** The demo manager's token from the banner: what the bench's own host page signs in with. */
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
    let token: string | null = null;
    let tokenNext = false;
    for await (const line of createInterface({ input: child.stdout! })) {
      if (tokenNext) token = line.trim();
      tokenNext = line.startsWith('Demo token for');
      origin ??= /^Sightline is running at (\S+)/.exec(line)?.[1] ?? null;
      if (line.startsWith('Demo intranet page:')) break;
    }
    if (!origin || !token) throw new Error('the server exited before printing its URL, demo token and demo page');
    return { origin, token, close };
  } catch (error) {
    await close();
    throw error;
  }
}
