/**
 * Everything one Firefox test file needs, started once for the file: the backend (demo org,
 * dev sign-in), the tools' pages (and sites that are no tool) over HTTPS at their own
 * hostnames, and Firefox with the built Firefox extension installed as a temporary add-on
 * (the shipped manifest, unchanged), signed in as one demo person through the options page
 * with the tools switched on and their hosts granted there. The backend can be stopped and
 * started again on the same port and data, as an outage; the extension's event page can be
 * stopped as Firefox does when idle.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { describeSession, type AddCleanup } from '../../support/describe-session';
import { devSignIn, type Backend } from '../../extension/support/backend';
import { ensureExtensionBuilt } from '../../extension/support/built-extension';
import type { SessionOptions } from '../../extension/support/session';
import { hostnameOf, type ToolPage } from '../../extension/support/tool-pages';
import { startToolServers } from '../../extension/support/tool-servers';
import { Driver, type Scope } from './driver';
import { FIREFOX, launchFirefox, type Firefox } from './firefox';

/** The add-on id of the Firefox build (wxt.config.ts). */
export const ADDON_ID = 'extension@sightline.app';
/** Pinned through `extensions.webextensions.uuids`, so the extension's pages have a known address. */
const EXTENSION_UUID = '5e1d3c2a-7b4f-4c8e-9a61-2f0d8b7c4e19';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  readonly backend: Backend;
  driver: Driver;
  /** The options page the session signed in on, still open in its tab. */
  options: Scope;
  /** Opens `page` (a tool page, or a site that is no tool) in a new tab. */
  open(page: { url: string }): Promise<Scope>;
  /** Opens one of the extension's pages (`sidepanel.html`, …) in a new tab. */
  openExtensionPage(file: string): Promise<Scope>;
  stopBackend(): Promise<void>;
  /** Starts the backend again on the port and data it had. */
  restartBackend(): Promise<void>;
}

/** Runs `suite` against one session for the whole file, or skips it, saying why, without Firefox. */
export function describeInFirefox(title: string, options: SessionOptions, suite: (session: () => FirefoxSession) => void): void {
  describeSession(title, FIREFOX ? null : 'no Firefox at FIREFOX_PATH, /usr/bin/firefox-esr or /usr/bin/firefox (npm test installs firefox-esr when run as root)', (addCleanup) => startSession(options, addCleanup), suite);
}

async function startSession({ email, pages, sites = [] }: SessionOptions, addCleanup: AddCleanup): Promise<FirefoxSession> {
  const extensionDir = ensureExtensionBuilt('firefox');
  const servers = await startToolServers(pages, addCleanup, sites);
  const firefox: Firefox = await launchFirefox({ hostnames: servers.hostnames, httpsPort: servers.hostPort, extensionUuids: { [ADDON_ID]: EXTENSION_UUID } });
  addCleanup(() => firefox.close());
  const driver = new Driver(firefox.marionette);
  await firefox.marionette.command('Addon:Install', { path: extensionDir, temporary: true });

  const options = await driver.openTab(`${EXTENSION_ORIGIN}/options.html`);
  await signIn(options, servers.backend.url, await devSignIn(servers.backend, email));
  const webSites = pages.filter((page) => page.tool === 'web').map(hostnameOf);
  await enableTools(options, [...new Set(pages.map((page) => page.tool))], webSites);
  await contentScriptCovers(options, pages.map((page) => page.url));

  return {
    get backend() {
      return servers.backend;
    },
    driver,
    options,
    open: (page) => driver.openTab(page.url),
    openExtensionPage: (file) => driver.openTab(`${EXTENSION_ORIGIN}/${file}`),
    stopBackend: () => servers.stopBackend(),
    restartBackend: () => servers.restartBackend(),
  };
}

/** Signs in on the options page as a person does: the server's address, then their personal token. */
async function signIn(options: Scope, endpoint: string, token: string): Promise<void> {
  await options.fill(['[data-testid="endpoint-input"]'], endpoint);
  await options.fill(['[data-testid="token-input"]'], token);
  await options.click(['[data-testid="sign-in"]']);
  await options.waitForElement(['[data-testid="signed-in-as"]']);
}

/** Switches on `tools` (each grants its hosts); "web" (any website) also gets `webSites`, each added by hostname. */
async function enableTools(options: Scope, tools: readonly string[], webSites: readonly string[]): Promise<void> {
  for (const tool of tools) {
    await options.click([`[data-testid="tool-${tool}"]`]);
    await options.waitUntil(`the ${tool} checkbox to be checked`, (selector: string) => document.querySelector<HTMLInputElement>(selector)?.checked, [`[data-testid="tool-${tool}"]`]);
  }
  for (const site of webSites) {
    await options.fill(['[data-testid="web-site-input"]'], site);
    await options.click(['[data-testid="add-web-site"]']);
    await options.waitForElement([`[data-testid="web-sites"] button[aria-label="Remove https://${site}/*"]`]);
  }
}

/**
 * Waits until the background's registered content script covers every one of `urls`: it
 * registers after the settings change, and a page opened before would get no panel.
 */
async function contentScriptCovers(options: Scope, urls: readonly string[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const matches = await options.run(async () => {
      const { scripting } = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).browser;
      return (await scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    });
    const patterns = matches.map((pattern) => new MatchPattern(pattern));
    const uncovered = urls.filter((url) => !patterns.some((pattern) => pattern.includes(url)));
    if (uncovered.length === 0) return;
    if (Date.now() > deadline) throw new Error(`the content script was not registered for ${uncovered.join(', ')}; it covers ${JSON.stringify(matches)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
