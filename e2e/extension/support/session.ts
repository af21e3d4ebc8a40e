/**
 * Everything one test file needs, started once for the file: the backend (demo org, dev
 * sign-in), the tools' pages over HTTPS at their own hostnames, and Chromium with the built
 * extension, signed in as one demo person through the options page with the tools switched on.
 * The backend can be stopped and started again on the same port and data, as an outage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { devSignIn, startBackend, type Backend } from './backend';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './browser';
import { buildGrantingHosts, ensureExtensionBuilt } from './built-extension';
import { serveToolPages, type SitePage } from './host-server';
import { contentScriptCovers, enableTools, signInThroughOptions } from './options-page';
import { selfSignedCert } from './tls';
import { hostnameOf, type ToolPage } from './tool-pages';

export interface SessionOptions {
  /** The demo person signed in (…@northwind.example). */
  email: string;
  /** The tool pages the file visits; their tools are switched on. */
  pages: readonly ToolPage[];
  /** Pages of sites that are no tool (never granted, never switched on). */
  sites?: readonly SitePage[];
}

export interface ExtensionSession {
  readonly backend: Backend;
  browser: ExtensionBrowser;
  /** Opens `page` in a new tab. */
  open(page: ToolPage): Promise<Page>;
  stopBackend(): Promise<void>;
  /** Starts the backend again on the port and data it had. */
  restartBackend(): Promise<void>;
}

/** Runs `suite` against one session for the whole file, or skips it, saying why, without Chromium. */
export function describeWithExtension(title: string, options: SessionOptions, suite: (session: () => ExtensionSession) => void): void {
  if (!CHROMIUM) {
    const reason = 'no Chromium at CHROMIUM_PATH or /usr/bin/chromium';
    console.warn(`[e2e] skipping "${title}": ${reason}`);
    describe.skip(`${title} (skipped: ${reason})`, () => it('needs Chromium', () => undefined));
    return;
  }
  describe(title, () => {
    let session: ExtensionSession | undefined;
    const cleanups: Array<() => unknown> = [];
    beforeAll(async () => {
      session = await startSession(options, cleanups);
    });
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });
    suite(() => {
      if (!session) throw new Error('the session starts in beforeAll; use it inside tests');
      return session;
    });
  });
}

async function startSession({ email, pages, sites = [] }: SessionOptions, cleanups: Array<() => unknown>): Promise<ExtensionSession> {
  ensureExtensionBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'sightline-e2e-extension-data-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  let backend: Backend | null = await startBackend(dataDir);
  cleanups.push(() => backend?.stop());
  const { port } = backend;

  const hostnames = [...new Set([...pages.map(hostnameOf), ...sites.map((site) => new URL(site.url).hostname)])];
  const tls = selfSignedCert(hostnames);
  const hosts = await serveToolPages(pages, tls, sites);
  cleanups.push(() => hosts.close());

  const webSites = pages.filter((page) => page.tool === 'web').map(hostnameOf);
  const extension = buildGrantingHosts(['http://127.0.0.1/*', ...webSites.map((site) => `https://${site}/*`)]);
  cleanups.push(() => rmSync(extension, { recursive: true, force: true }));
  const browser = await launchWithExtension({ extensionDir: extension, hostnames, hostPort: hosts.port, trustedSpki: tls.spkiHash });
  cleanups.push(() => browser.close());

  const options = await signInThroughOptions(browser, backend.url, await devSignIn(backend, email));
  await enableTools(options, [...new Set(pages.map((page) => page.tool))], webSites);
  await contentScriptCovers(browser, pages.map((page) => page.url));

  return {
    get backend() {
      if (!backend) throw new Error('the backend is stopped');
      return backend;
    },
    browser,
    async open(page) {
      const tab = await browser.context.newPage();
      await tab.goto(page.url);
      return tab;
    },
    async stopBackend() {
      await backend?.stop();
      backend = null;
    },
    async restartBackend() {
      backend = await startBackend(dataDir, port);
    },
  };
}
