import { describe, expect, it } from 'vitest';
import { addWebSite, disableTool, enableTool, removeWebSite, sitePattern, toolOrigins, webSites, type PermissionsApi } from './tool-permissions';

/** The permissions API with a user who answers `answer` to every prompt; records each request. */
function permissions(initial: string[] = [], answer = true) {
  let granted = [...initial];
  const requests: string[][] = [];
  const api: PermissionsApi = {
    request: async ({ origins = [] }) => {
      requests.push(origins);
      if (answer) granted = [...new Set([...granted, ...origins])];
      return answer;
    },
    remove: async ({ origins = [] }) => {
      granted = granted.filter((origin) => !origins.includes(origin));
      return true;
    },
    getAll: async () => ({ origins: granted, permissions: [] }),
  } as PermissionsApi;
  return { api, requests, granted: () => granted };
}

describe('enableTool', () => {
  it("requests exactly that tool's hosts and enables it when granted", async () => {
    const { api, requests, granted } = permissions();
    await expect(enableTool('zendesk', ['jira'], api)).resolves.toEqual(['jira', 'zendesk']);
    expect(requests).toEqual([['https://*.zendesk.com/agent/*']]);
    expect(granted()).toEqual(['https://*.zendesk.com/agent/*']);
  });

  it('asks synchronously, while the click is still a user gesture', () => {
    const { api, requests } = permissions();
    void enableTool('hubspot', [], api);
    expect(requests).toEqual([toolOrigins('hubspot')]);
  });

  it('leaves the tool off when the user declines', async () => {
    const { api } = permissions([], false);
    await expect(enableTool('salesforce', [], api)).resolves.toBeNull();
  });

  it('asks nothing for "any website", whose sites are granted one by one', async () => {
    const { api, requests } = permissions();
    await expect(enableTool('web', [], api)).resolves.toEqual(['web']);
    expect(requests).toEqual([]);
  });
});

describe('disableTool', () => {
  it("gives back the tool's hosts", async () => {
    const { api, granted } = permissions(['https://*.zendesk.com/agent/*', 'https://*.pipedrive.com/*']);
    await expect(disableTool('zendesk', ['zendesk', 'pipedrive'], api, null)).resolves.toEqual(['pipedrive']);
    expect(granted()).toEqual(['https://*.pipedrive.com/*']);
  });

  it('keeps the backend reachable and gives back the sites granted for "any website"', async () => {
    const { api, granted } = permissions(['https://intranet.acme.example/*', 'https://sightline.acme.example/*', 'https://*.zendesk.com/agent/*']);
    expect(await webSites(api, 'https://sightline.acme.example/api')).toEqual(['https://intranet.acme.example/*']);
    await disableTool('web', ['web', 'zendesk'], api, 'https://sightline.acme.example/api');
    expect(granted()).toEqual(['https://sightline.acme.example/*', 'https://*.zendesk.com/agent/*']);
  });
});

describe('web sites', () => {
  it('does not count a tool host the browser reports with its path reset as a web site', async () => {
    const { api } = permissions(['https://*.zendesk.com/*', 'https://*.lightning.force.com/*', 'http://127.0.0.1/*', 'https://intranet.acme.example/*']);
    expect(await webSites(api, 'http://127.0.0.1:8787')).toEqual(['https://intranet.acme.example/*']);
  });

  it('turns what the user typed into one site pattern', () => {
    expect(sitePattern('intranet.acme.example/wiki/page?x=1')).toBe('https://intranet.acme.example/*');
    expect(sitePattern('http://localhost:8080/')).toBe('http://localhost/*');
    expect(sitePattern('ftp://files.example')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });

  it('adds and removes one site', async () => {
    const { api, granted } = permissions();
    await expect(addWebSite('https://intranet.acme.example/*', api)).resolves.toBe(true);
    expect(granted()).toEqual(['https://intranet.acme.example/*']);
    await removeWebSite('https://intranet.acme.example/*', api);
    expect(granted()).toEqual([]);
  });
});
