/**
 * What a person does with Firefox's own UI, done from the browser's chrome context (the
 * headless window has no screen to click on), and Firefox's own lifecycle of the extension:
 * its event page stopped as when idle, the keyboard shortcut Firefox registered for the
 * manifest's command, the sidebar of its `sidebar_action`.
 */
import type { Driver } from './driver';
import { ADDON_ID } from './session';

/** Firefox's widget id of the add-on: its id with every character outside [a-z0-9_-] as "_". */
const WIDGET_ID = ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/** Stops the extension's event page as Firefox does when it idles; resolves once it has stopped. */
export function stopEventPage(driver: Driver): Promise<string> {
  return driver.inChrome(async (id: string) => {
    const { extension } = (globalThis as unknown as { WebExtensionPolicy: { getByID(id: string): { extension: { terminateBackground(): Promise<void>; backgroundState: string } } } }).WebExtensionPolicy.getByID(id);
    await extension.terminateBackground();
    return extension.backgroundState;
  }, ADDON_ID);
}

/** The event page's state: "running", "stopped", … */
export const eventPageState = (driver: Driver): Promise<string> =>
  driver.inChrome(
    (id: string) => (globalThis as unknown as { WebExtensionPolicy: { getByID(id: string): { extension: { backgroundState: string } } } }).WebExtensionPolicy.getByID(id).extension.backgroundState,
    ADDON_ID,
  );

/**
 * Fires the key Firefox registered in the browser window for the manifest's one command, as
 * pressing it does, and returns its binding ("alt,shift+F"). Synthesised key presses do not
 * reach a headless window's key bindings, so the test starts at the binding itself.
 */
export function pressCommandKey(driver: Driver): Promise<string> {
  return driver.inChrome((keysetId: string) => {
    const keys = Array.from(document.getElementById(keysetId)?.children ?? []) as Array<Element & { doCommand(): void }>;
    if (keys.length !== 1) throw new Error(`expected the one command's key in #${keysetId}, found ${keys.length}`);
    keys[0]!.doCommand();
    return `${keys[0]!.getAttribute('modifiers')}+${keys[0]!.getAttribute('key')}`;
  }, `ext-keyset-id-${WIDGET_ID}`);
}

/** Shows the extension's sidebar in the browser window, as its toolbar button or the View menu does. */
export function showSidebar(driver: Driver): Promise<void> {
  return driver.inChrome(async (sidebarId: string) => {
    await (window as unknown as { SidebarController: { show(id: string): Promise<void> } }).SidebarController.show(sidebarId);
  }, `${WIDGET_ID}-sidebar-action`);
}
