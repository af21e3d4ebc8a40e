/** Builds the SDK bundles the benches measure, so figures never come from a stale sdk/dist. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function buildSdk(): void {
  const { status, stdout, stderr } = spawnSync('npm', ['run', 'build', '-w', 'sdk'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
  if (status !== 0) throw new Error(`npm run build -w sdk failed:\n${stdout}\n${stderr}`);
}
