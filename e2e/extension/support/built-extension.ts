/**
 * The built Chrome MV3 extension (`wxt build`), rebuilt when any source it bundles is newer
 * than the build (`npm test` builds first anyway; this covers running e2e/extension alone),
 * and the copy a test loads: the same files with the hosts the test visits granted at install.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BUILD = join(ROOT, 'extension/.output/chrome-mv3');
/** The extension bundles its own sources and the SDK's (it imports them as TypeScript). */
const SOURCES = ['extension', 'sdk/src', 'package-lock.json'];
/** Output, generated types, dependencies and tests: none of them is in the bundle. */
const NOT_BUNDLED = /^(node_modules|\.output|\.wxt)$|\.test\.tsx?$/;

function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  const entries = readdirSync(path).filter((name) => !NOT_BUNDLED.test(name));
  return Math.max(stats.mtimeMs, ...entries.map((name) => newest(join(path, name))));
}

function builtAt(): number | null {
  try {
    return statSync(join(BUILD, 'manifest.json')).mtimeMs;
  } catch {
    return null;
  }
}

export function ensureExtensionBuilt(): void {
  const built = builtAt();
  if (built !== null && built >= Math.max(...SOURCES.map((path) => newest(join(ROOT, path))))) return;
  console.log(`[e2e] ${built === null ? 'no extension build yet' : 'the extension sources changed'}: running npm run build -w extension`);
  const { status } = spawnSync('npm', ['run', 'build', '-w', 'extension'], { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) throw new Error(`building the extension failed (exit ${status}); run npm run build -w extension to see why`);
}

/**
 * A copy of the build in a temporary directory (returned) whose manifest grants at install
 * every tool's hosts plus `extraHosts` (the backend, the sites for "Any website"). Test setup
 * only, and the one difference from what ships: a headless browser cannot answer a permission
 * prompt, and Chromium answers `permissions.request` for hosts it already holds with yes and
 * no prompt, so the options page's own flows (sign in, switch a tool on, add a site) run
 * unchanged. The shipped manifest keeps every host optional.
 */
export function buildGrantingHosts(extraHosts: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-e2e-extension-'));
  cpSync(BUILD, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { optional_host_permissions?: string[]; host_permissions?: string[] };
  const toolHosts = (manifest.optional_host_permissions ?? []).filter((pattern) => pattern !== '<all_urls>');
  manifest.host_permissions = [...toolHosts, ...extraHosts];
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return dir;
}
