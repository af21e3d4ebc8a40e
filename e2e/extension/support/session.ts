/**
 * Everything one test file needs, started once for the file: the backend (demo org, dev
 * sign-in), the tools' pages over HTTPS at their own hostnames, and Chromium with the built
 * extension, signed in as one demo person through the options page with the tools switched on.
 * The backend can be stopped and started again on the same port and data, as an outage.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeSession, type AddCleanup } from '../../support/describe-session';
import { devSignIn, type Backend } from './backend';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './browser';
import { buildGrantingHosts, ensureExtensionBuilt } from './built-extension';
import type { SitePage } from './host-server';
import { contentScriptCovers, enableTools, signInThroughOptions } from './options-page';
import { hostnameOf, type ToolPage } from './tool-pages';
import { startToolServers } from './tool-servers';

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
  describeSession(title, CHROMIUM ? null : 'no Chromium at CHROMIUM_PATH or /usr/bin/chromium', (addCleanup) => startSession(options, addCleanup), suite);
}

async function startSession({ email, pages, sites = [] }: SessionOptions, addCleanup: AddCleanup): Promise<ExtensionSession> {
  ensureExtensionBuilt();
  const servers = await startToolServers(pages, addCleanup, sites);
  const webSites = pages.filter((page) => page.tool === 'web').map(hostnameOf);
  const extension = buildGrantingHosts(['http://127.0.0.1/*', ...webSites.map((site) => `https://${site}/*`)]);
  addCleanup(() => rmSync(extension, { recursive: true, force: true }));
  const { hostnames, hostPort, tls } = servers;
  const browser = await launchWithExtension({ extensionDir: extension, hostnames, hostPort, trustedSpki: tls.spkiHash });
  addCleanup(() => browser.close());

  const options = await signInThroughOptions(browser, servers.backend.url, await devSignIn(servers.backend, email));
  await enableTools(options, [...new Set(pages.map((page) => page.tool))], webSites);
  await contentScriptCovers(browser, pages.map((page) => page.url));

  return {
    get backend() {
      return servers.backend;
    },
    browser,
    async open(page) {
      const tab = await browser.context.newPage();
      await tab.goto(page.url);
      return tab;
    },
    stopBackend: () => servers.stopBackend(),
    restartBackend: () => servers.restartBackend(),
  };
}
