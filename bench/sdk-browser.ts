/** Headless Chromium for the SDK benches: CHROMIUM_PATH, else the system's /usr/bin/chromium. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}; set CHROMIUM_PATH`);
  return chromium.launch({ executablePath, args: ARGS });
}
