/** Starts `node-main.ts` as a child process and hands back its URL, its output and a stop. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface NodeProcess {
  url: string;
  /** Everything the node wrote to stderr so far. */
  errors(): string;
  stop(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('./node-main.ts', import.meta.url));

export async function startNode(databaseUrl: string, env: Record<string, string> = {}): Promise<NodeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then(([code]) => reject(new Error(`node exited with ${code} before listening:\n${stderr}`)));
  });
  const { url } = JSON.parse(await firstLine) as { url: string };
  return {
    url,
    errors: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
