/**
 * What the background gave the panel frames of one tab: the records in the frame sessions those
 * frames claimed, kept in `storage.session` (the host page itself never holds them). Shared by
 * the Chromium and Firefox suites, which run `claimedPanelPayloads` inside the extension.
 */
import type { RecordContext } from '@sightline/sdk/model';
import type { Category } from './tool-pages';

export interface PanelPayload {
  label: string;
  category: Category;
  record: RecordContext;
}

interface ExtensionApi {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> };
}

/**
 * Runs in an extension context (Chromium's service worker, a Firefox extension page), so it is
 * serialized: it reads nothing from this module's scope.
 */
export async function claimedPanelPayloads(tabUrl: string): Promise<PanelPayload[]> {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const { storage, tabs } = (scope.browser ?? scope.chrome)!;
  const [tab] = await tabs.query({ url: tabUrl });
  const { frameSessions = [] } = await storage.session.get('frameSessions');
  type Stored = { tabId: number; frame: { kind: string; payload: PanelPayload }; claimedBy: unknown };
  return (frameSessions as Stored[]).filter((session) => session.tabId === tab?.id && session.frame.kind === 'panel' && session.claimedBy).map((session) => session.frame.payload);
}
