/**
 * Setting the extension up the way a person does, on its options page: the server address and
 * a personal token, then a checkbox per tool (and, for "Any website", each site by address).
 */
import type { Page } from 'playwright-core';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { ExtensionBrowser } from './browser';
import { until } from './until';

export async function signInThroughOptions(browser: ExtensionBrowser, endpoint: string, token: string): Promise<Page> {
  const options = await browser.openExtensionPage('options.html');
  await options.getByTestId('endpoint-input').fill(endpoint);
  await options.getByTestId('token-input').fill(token);
  await options.getByTestId('sign-in').click();
  await options.getByTestId('signed-in-as').waitFor();
  return options;
}

/** Switches on `tools`; "web" (any website) also gets `webSites`, each added by its hostname. */
export async function enableTools(options: Page, tools: readonly string[], webSites: readonly string[]): Promise<void> {
  for (const tool of tools) await options.getByTestId(`tool-${tool}`).check();
  for (const site of webSites) {
    await options.getByTestId('web-site-input').fill(site);
    await options.getByTestId('add-web-site').click();
    await options.getByTestId('web-sites').getByRole('button', { name: `Remove https://${site}/*` }).waitFor();
  }
}

interface ScriptingApi {
  getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>>;
}

/**
 * Waits until the background's registered content script covers every one of `urls`: it
 * registers after the settings change, and a page opened before would get no panel.
 */
export async function contentScriptCovers(browser: ExtensionBrowser, urls: readonly string[]): Promise<void> {
  const worker = await browser.serviceWorker();
  const registered = () =>
    worker.evaluate(async () => {
      const { scripting } = (globalThis as unknown as { chrome: { scripting: ScriptingApi } }).chrome;
      return (await scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    });
  const uncovered = async () => {
    const patterns = (await registered()).map((pattern) => new MatchPattern(pattern));
    return urls.filter((url) => !patterns.some((pattern) => pattern.includes(url)));
  };
  await until(uncovered, (left) => left.length === 0, 'the content script to be registered for every tool page');
}
