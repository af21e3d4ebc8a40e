/**
 * Chromium with the extension loaded, driven by playwright-core: a persistent profile (the
 * only kind extensions run in), the new headless mode (the old one runs no extensions), and
 * the tools' hostnames resolved to the loopback server that serves their pages. Every other
 * name fails to resolve, so nothing leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../support/chromium';
import { stopServiceWorker } from './service-worker';

export { CHROMIUM };

export interface LaunchOptions {
  extensionDir: string;
  /** Hostnames served by the loopback HTTPS server on `hostPort`. */
  hostnames: readonly string[];
  hostPort: number;
  /** The one certificate key (base64 SHA-256 SPKI) the browser accepts besides real ones. */
  trustedSpki: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's pages (`options.html`, `sidepanel.html`) in a tab of its own. */
  openExtensionPage(file: string): Promise<Page>;
  /** Stops the extension's service worker, as Chrome does when it is idle; resolves once it has stopped. */
  stopServiceWorker(): Promise<void>;
  /** Resolves with the extension's service worker once one is running (at once if it is). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension({ extensionDir, hostnames, hostPort, trustedSpki }: LaunchOptions): Promise<ExtensionBrowser> {
  if (!CHROMIUM) throw new Error('no Chromium at CHROMIUM_PATH or /usr/bin/chromium');
  const profile = mkdtempSync(join(tmpdir(), 'sightline-e2e-profile-'));
  const hostRules = [...hostnames.map((name) => `MAP ${name} 127.0.0.1:${hostPort}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // Headless through --headless=new (the mode that runs extensions), not playwright's own switch.
    headless: false,
    locale: 'en-US',
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostRules}`,
      `--ignore-certificate-errors-spki-list=${trustedSpki}`,
    ],
  });
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
  const serviceWorker = async () => context.serviceWorkers().find(isOurs) ?? context.waitForEvent('serviceworker', { predicate: isOurs });
  const extensionId = new URL((await serviceWorker()).url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    stopServiceWorker: () => stopServiceWorker(context, `chrome-extension://${extensionId}/background.js`),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
