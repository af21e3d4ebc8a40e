/**
 * "Give feedback" from anywhere (the keyboard shortcut, the side panel): the content script of
 * the tab opens feedback capture on the record it shows; a tab without Sightline (a tool not
 * enabled, a browser page) gets the side panel, which has a feedback form of its own.
 */
import { CaptureOpened, type OpenCaptureMessage } from '../rpc/tab-messages';

export interface CaptureTab {
  id?: number;
  windowId?: number;
  /** Only present when the extension may access the tab, which a content script needs. */
  url?: string;
}

export interface OpenCaptureApi {
  activeTab(): Promise<CaptureTab | undefined>;
  /** Resolves with the content script's answer; rejects when no content script listens in that tab. */
  sendToTab(tabId: number, message: OpenCaptureMessage): Promise<unknown>;
  openSidePanel(tab: CaptureTab): Promise<void>;
}

export type CaptureShownIn = 'page' | 'sidepanel' | 'nowhere';

export async function openCapture(api: OpenCaptureApi, tab?: CaptureTab): Promise<CaptureShownIn> {
  const target = tab ?? (await api.activeTab());
  // A tab whose address we may not see runs no content script: open the panel straight away,
  // while the shortcut still counts as a user gesture (opening a panel requires one).
  if (target?.id !== undefined && target.url !== undefined) {
    const answer = await api.sendToTab(target.id, { type: 'sightline:open-capture' }).catch(() => null);
    if (CaptureOpened.safeParse(answer).success) return 'page';
  }
  try {
    await api.openSidePanel(target ?? {});
    return 'sidepanel';
  } catch (error) {
    console.warn('[sightline] could not open the side panel', error);
    return 'nowhere';
  }
}
