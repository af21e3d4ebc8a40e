#!/usr/bin/env node
/**
 * Makes a fresh clone runnable with one command: installs dependencies when they are missing
 * or older than the lockfile, and (with --test) makes sure a Chromium for the browser tests exists,
 * and a Firefox ESR for the Firefox tests where it can install one (as root, with apt-get).
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const installed = 'node_modules/.package-lock.json';

// `npm install` rather than `npm ci`: it installs exactly what package-lock.json pins too, but
// does not refuse a lockfile that lacks other platforms' optional binaries (rollup's), which
// npm leaves out when the registry in use does not serve them.
if (!existsSync(installed)) {
  console.log('[setup] installing dependencies (npm install, pinned by package-lock.json)');
  run('npm install --no-audit --no-fund');
} else if (statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
  console.log('[setup] package-lock.json changed; updating dependencies (npm install)');
  run('npm install --no-audit --no-fund');
}

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const aptInstall = (pkg) => run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} >/dev/null`);

if (process.argv.includes('--test')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (!isRoot || !hasApt) {
      console.error(`[setup] the browser tests need Chromium at ${chromium} (set CHROMIUM_PATH, or install the distribution's chromium package)`);
      process.exit(1);
    }
    console.log('[setup] installing Chromium for the browser tests (apt-get install chromium)');
    aptInstall('chromium');
  }

  // Firefox is optional: without it the Firefox suite reports itself skipped, saying why.
  const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
  if (!firefox) {
    if (isRoot && hasApt) {
      console.log('[setup] installing Firefox ESR for the Firefox tests (apt-get install firefox-esr)');
      aptInstall('firefox-esr');
    } else {
      console.warn(`[setup] no Firefox and ${isRoot ? 'no apt-get' : 'not root'}, so not installing firefox-esr: the Firefox tests will be skipped (set FIREFOX_PATH to run them)`);
    }
  }
}
