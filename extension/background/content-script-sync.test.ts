import type { Tool } from '@sightline/sdk/model';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_ID, coalesce, grantedMatches, syncContentScript, type RegistrationApi } from './content-script-sync';

type Registered = { id: string; matches?: string[]; js?: string[] };

/** An extension API where `granted` patterns are held and registrations are recorded. */
function fakeApi(granted: string[]) {
  let registered: Registered[] = [];
  const calls: string[] = [];
  const api = {
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.includes(origin)),
      getAll: async () => ({ origins: granted, permissions: [] }),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) => registered.filter((script) => ids.includes(script.id)),
      registerContentScripts: async (scripts: Registered[]) => {
        calls.push('register');
        if (scripts.some((script) => registered.some(({ id }) => id === script.id))) throw new Error('Duplicate script ID');
        registered = [...registered, ...scripts];
      },
      unregisterContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) => {
        calls.push('unregister');
        registered = registered.filter((script) => !ids.includes(script.id));
      },
    },
  } as unknown as RegistrationApi;
  return { api, calls, registered: () => registered };
}

describe('grantedMatches', () => {
  it('keeps only enabled tools whose hosts are granted', async () => {
    const { api } = fakeApi(['https://*.zendesk.com/agent/*', 'https://*.pipedrive.com/*']);
    expect(await grantedMatches(['zendesk', 'jira'], api.permissions, null)).toEqual(['https://*.zendesk.com/agent/*']);
  });

  it("adds the generic adapter's sites, but neither other tools' hosts nor the backend's", async () => {
    const { api } = fakeApi(['https://intranet.acme.example/*', 'https://*.zendesk.com/agent/*', 'https://sightline.acme.example/*']);
    expect(await grantedMatches(['web'], api.permissions, 'https://sightline.acme.example')).toEqual(['https://intranet.acme.example/*']);
  });
});

describe('syncContentScript', () => {
  it('registers the content script for the granted patterns', async () => {
    const { api, registered } = fakeApi(['https://*.zendesk.com/agent/*']);
    await syncContentScript(['zendesk'], api);
    expect(registered()).toEqual([
      expect.objectContaining({ id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: ['https://*.zendesk.com/agent/*'] }),
    ]);
  });

  it('leaves an up-to-date registration alone and replaces a stale one', async () => {
    const { api, calls, registered } = fakeApi(['https://*.zendesk.com/agent/*', 'https://*.freshdesk.com/a/*']);
    await syncContentScript(['zendesk'], api);
    await syncContentScript(['zendesk'], api);
    expect(calls).toEqual(['register']);
    await syncContentScript(['zendesk', 'freshdesk'], api);
    expect(calls).toEqual(['register', 'unregister', 'register']);
    expect(registered()[0]?.matches).toEqual(['https://*.freshdesk.com/a/*', 'https://*.zendesk.com/agent/*']);
  });

  it('unregisters when nothing is enabled or granted', async () => {
    const { api, registered } = fakeApi(['https://*.zendesk.com/agent/*']);
    await syncContentScript(['zendesk'], api);
    await syncContentScript([], api);
    expect(registered()).toEqual([]);
  });
});

describe('coalesce', () => {
  it('never overlaps runs and runs once more for calls made meanwhile', async () => {
    let active = 0;
    let maxActive = 0;
    const seen: Tool[][] = [];
    let settings: Tool[] = ['zendesk'];
    const sync = coalesce(async () => {
      seen.push(settings);
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
    }, vi.fn());
    const first = sync();
    settings = ['jira'];
    void sync();
    settings = ['hubspot'];
    await Promise.all([first, sync()]);
    expect(maxActive).toBe(1);
    expect(seen).toEqual([['zendesk'], ['hubspot']]);
  });

  it('reports a failed run and keeps working', async () => {
    const onError = vi.fn();
    let fail = true;
    const task = vi.fn(async () => {
      if (fail) throw new Error('registration failed');
    });
    const sync = coalesce(task, onError);
    await sync();
    fail = false;
    await sync();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
