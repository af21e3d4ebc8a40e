/**
 * The side panel is Chrome's `sidePanel` and Firefox's `sidebar_action`; this hides which one
 * the browser has. Both open from the toolbar button.
 */
import { browser } from 'wxt/browser';
import type { CaptureTab } from './open-capture';

/** Firefox's sidebar API, which Chrome's type definitions do not describe. */
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

const sidebarAction = (): SidebarAction | undefined => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

export async function openSidePanel(tab: CaptureTab): Promise<void> {
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  if (tab.id !== undefined) return browser.sidePanel.open({ tabId: tab.id });
  if (tab.windowId !== undefined) return browser.sidePanel.open({ windowId: tab.windowId });
  throw new Error('no tab or window to open the side panel in');
}

/** Makes the toolbar button open the panel (Chrome does it itself; Firefox's button needs a listener). */
export function openPanelFromToolbar(): void {
  const sidebar = sidebarAction();
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
  else void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}
