import { describe, expect, it } from 'vitest';
import { openCapture, type OpenCaptureApi } from './open-capture';

/** Tabs where a content script answers, and a record of what was opened. */
function api({ listening = [] as number[], panelFails = false } = {}) {
  const opened: string[] = [];
  const value: OpenCaptureApi = {
    activeTab: async () => ({ id: 3, windowId: 1, url: 'https://acme.zendesk.com/agent/tickets/1' }),
    async sendToTab(tabId, message) {
      if (!listening.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      opened.push(`tab ${tabId}: ${message.type}`);
      return { opened: true };
    },
    async openSidePanel(tab) {
      if (panelFails) throw new Error('sidePanel.open() may only be called in response to a user gesture');
      opened.push(`side panel for tab ${tab.id}`);
    },
  };
  return { api: value, opened };
}

describe('openCapture', () => {
  it('asks the content script of the given or active tab', async () => {
    const { api: withPage, opened } = api({ listening: [3, 9] });
    await expect(openCapture(withPage)).resolves.toBe('page');
    await expect(openCapture(withPage, { id: 9, url: 'https://intranet.acme.example/' })).resolves.toBe('page');
    expect(opened).toEqual(['tab 3: sightline:open-capture', 'tab 9: sightline:open-capture']);
  });

  it('opens the side panel where no Sightline content script runs', async () => {
    const { api: withoutPage, opened } = api();
    await expect(openCapture(withoutPage)).resolves.toBe('sidepanel');
    expect(opened).toEqual(['side panel for tab 3']);
  });

  it('opens the side panel without asking a tab the extension may not access', () => {
    const { api: withPage, opened } = api({ listening: [4] });
    void openCapture(withPage, { id: 4 });
    // Synchronously: the gesture that allows opening a panel does not survive an await.
    expect(opened).toEqual(['side panel for tab 4']);
  });

  it('says so when neither is possible', async () => {
    const { api: nothing } = api({ panelFails: true });
    await expect(openCapture(nothing)).resolves.toBe('nowhere');
  });
});
