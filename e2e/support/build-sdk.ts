/**
 * Global setup: the tests load the built SDK (`sdk/dist`), so build it when it is missing or
 * older than any of its sources (`npm test` builds first anyway; this covers running the e2e
 * project alone). The servers then serve a copy taken now, so a rebuild while tests run
 * cannot hand a page an entry file whose chunks are not written yet.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The copy of sdk/dist the servers serve at /sdk. */
    sdkDir: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = ['sdk/dist/esm/sightline.js', 'sdk/dist/sightline.js', 'sdk/dist/console/console.js'];
const SOURCES = ['sdk/src', 'sdk/package.json', 'rollup.config.ts', 'package-lock.json'];

const mtime = (path: string): number | null => {
  try {
    return statSync(join(ROOT, path)).mtimeMs;
  } catch {
    return null;
  }
};

/** The newest modification time of a file or of anything under a directory. */
function newest(path: string): number {
  const stats = statSync(join(ROOT, path));
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(join(ROOT, path)).map((name) => newest(join(path, name))));
}

function buildIfStale(): void {
  const built = BUILT.map(mtime);
  const oldestBuild = built.includes(null) ? null : Math.min(...(built as number[]));
  const sources = Math.max(...SOURCES.map(newest));
  if (oldestBuild !== null && oldestBuild >= sources) return;
  console.log(`[e2e] ${oldestBuild === null ? 'no SDK build yet' : 'the SDK sources changed'}: running npm run build -w sdk`);
  const { status } = spawnSync('npm', ['run', 'build', '-w', 'sdk'], { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) throw new Error(`building the SDK failed (exit ${status}); run npm run build -w sdk to see why`);
}

export default function setup(project: TestProject): () => void {
  buildIfStale();
  const snapshot = mkdtempSync(join(tmpdir(), 'sightline-e2e-sdk-'));
  cpSync(join(ROOT, 'sdk/dist'), snapshot, { recursive: true });
  project.provide('sdkDir', snapshot);
  return () => rmSync(snapshot, { recursive: true, force: true });
}
