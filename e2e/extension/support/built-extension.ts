/**
 * The built extension, Chrome MV3 (`wxt build`) or Firefox MV3 (`wxt build -b firefox --mv3`),
 * rebuilt when any source it bundles is newer than the build (`npm test` builds first anyway;
 * this covers running an e2e suite alone), and the copy a Chromium test loads: the same files
 * with the hosts the test visits granted at install.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Each browser's build: its output directory and the workspace script that makes it. */
const BUILDS = {
  chrome: { dir: join(ROOT, 'extension/.output/chrome-mv3'), script: 'build' },
  firefox: { dir: join(ROOT, 'extension/.output/firefox-mv3'), script: 'build:firefox' },
} as const;
export type ExtensionBrowser = keyof typeof BUILDS;
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

function builtAt(dir: string): number | null {
  try {
    return statSync(join(dir, 'manifest.json')).mtimeMs;
  } catch {
    return null;
  }
}

/** Builds the extension for `browser` when its build is missing or older than its sources; returns the build's directory. */
export function ensureExtensionBuilt(browser: ExtensionBrowser = 'chrome'): string {
  const { dir, script } = BUILDS[browser];
  const built = builtAt(dir);
  if (built !== null && built >= Math.max(...SOURCES.map((path) => newest(join(ROOT, path))))) return dir;
  console.log(`[e2e] ${built === null ? `no ${browser} build of the extension yet` : 'the extension sources changed'}: running npm run ${script} -w extension`);
  const { status } = spawnSync('npm', ['run', script, '-w', 'extension'], { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) throw new Error(`building the extension failed (exit ${status}); run npm run ${script} -w extension to see why`);
  return dir;
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
  cpSync(BUILDS.chrome.dir, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { optional_host_permissions?: string[]; host_permissions?: string[] };
  const toolHosts = (manifest.optional_host_permissions ?? []).filter((pattern) => pattern !== '<all_urls>');
  manifest.host_permissions = [...toolHosts, ...extraHosts];
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return dir;
}
