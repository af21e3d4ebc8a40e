import { uuidv7, type Tool } from '@sightline/sdk/model';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { controlHandlers } from '../../background/control-handlers';
import type { ClientHost } from '../../background/client-host';
import { connectBackground } from '../../rpc/connection';
import { PORT_NAME } from '../../rpc/port';
import { servePort } from '../../rpc/serve';
import { MemoryRuntime } from '../../rpc/testing/memory-runtime';
import { SIGNED_OUT } from '../../settings/account';
import { getEnabledTools, setEnabledTools } from '../../settings/enabled-tools';
import type { SettingsView } from '../../settings/settings-view';
import type { PermissionsApi } from '../../settings/tool-permissions';
import { ToolsSection } from './tools-section';

const ORIGIN = 'chrome-extension://test-extension-id';
const PERSON_ID = uuidv7();
const cleanups: Array<() => unknown> = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** The browser's permission prompt, answered by `answer`; records requests and removals. */
function prompt(answer: boolean) {
  const asked: string[][] = [];
  const removed: string[][] = [];
  const api = {
    request: vi.fn(async ({ origins = [] }) => (asked.push(origins), answer)),
    remove: vi.fn(async ({ origins = [] }) => (removed.push(origins), true)),
    getAll: async () => ({ origins: [], permissions: [] }),
  } as unknown as PermissionsApi;
  return { api, asked, removed };
}

/** The options page's tools section talking to the background's real control handlers over a port. */
function mountTools(permissions: PermissionsApi, enabledTools: Tool[] = [], signedIn = true) {
  const runtime = new MemoryRuntime();
  const account = signedIn ? { endpoint: 'https://sightline.example', session: { token: 't', person: { id: PERSON_ID, name: 'Ada', email: 'ada@example.com' }, orgName: 'Acme' } } : SIGNED_OUT;
  const host = { account: async () => account, databaseName: null } as unknown as ClientHost;
  const handlers = controlHandlers({ host, verifyToken: async () => Promise.reject(new Error('unused')), signInWithSso: async () => Promise.reject(new Error('unused')), endServerSession: async () => Promise.reject(new Error('unused')), getEnabledTools, setEnabledTools, openCapture: async () => 'nowhere', loggedActivities: async () => [] });
  runtime.onConnect.addListener((port) => servePort(port, { client: {} as never, handlers, extensionOrigin: ORIGIN }));
  const { control, close } = connectBackground({ connect: () => runtime.connect(PORT_NAME, { url: `${ORIGIN}/options.html` }) });
  const container = document.createElement('div');
  document.body.append(container);
  let settings: SettingsView = {
    endpoint: account.endpoint,
    signedInAs: signedIn ? { personId: PERSON_ID, name: 'Ada', email: 'ada@example.com', orgName: 'Acme' } : null,
    enabledTools,
  };
  const show = () => render(<ToolsSection settings={settings} onSettings={(next) => ((settings = next), show())} control={control} permissions={permissions} />, container);
  show();
  cleanups.push(close, () => {
    render(null, container);
    container.remove();
  });
  return { checkbox: (tool: Tool) => container.querySelector<HTMLInputElement>(`[data-testid="tool-${tool}"]`)!, container };
}

describe('ToolsSection', () => {
  it("asks for exactly the tool's hosts within the click, then saves it as enabled", async () => {
    const { api, asked } = prompt(true);
    const { checkbox } = mountTools(api);
    checkbox('zendesk').click();
    // Synchronously, inside the click: the prompt needs the user's gesture.
    expect(asked).toEqual([['https://*.zendesk.com/agent/*']]);
    await vi.waitFor(async () => expect(await getEnabledTools()).toEqual(['zendesk']));
    await vi.waitFor(() => expect(checkbox('zendesk').checked).toBe(true));
  });

  it('keeps the tool off and says why when the user declines', async () => {
    const { api } = prompt(false);
    const { checkbox, container } = mountTools(api);
    checkbox('salesforce').click();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="tools-error"]')?.textContent).toMatch(/not given access/));
    expect(await getEnabledTools()).toEqual([]);
    expect(checkbox('salesforce').checked).toBe(false);
  });

  it('switches no tool on before sign-in, and says so, but lets one already on be switched off', async () => {
    await setEnabledTools(['jira']);
    const { api, asked } = prompt(true);
    const { checkbox, container } = mountTools(api, ['jira'], false);
    expect(container.querySelector('[data-testid="tools-need-sign-in"]')?.textContent).toBe('Sign in above to switch tools on.');
    expect(checkbox('zendesk').disabled).toBe(true);
    checkbox('zendesk').click();
    expect(asked).toEqual([]);
    expect(checkbox('jira').disabled).toBe(false);
    checkbox('jira').click();
    await vi.waitFor(async () => expect(await getEnabledTools()).toEqual([]));
  });

  it('gives the hosts back when a tool is switched off', async () => {
    await setEnabledTools(['hubspot', 'jira']);
    const { api, removed } = prompt(true);
    const { checkbox } = mountTools(api, ['hubspot', 'jira']);
    checkbox('hubspot').click();
    await vi.waitFor(async () => expect(await getEnabledTools()).toEqual(['jira']));
    expect(removed).toEqual([['https://app.hubspot.com/contacts/*', 'https://app-eu1.hubspot.com/contacts/*']]);
  });
});
