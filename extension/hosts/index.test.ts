import { Tool } from '@sightline/sdk/model';
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters, optionalHostPermissions, toolAdapters } from './index';

describe('adapterFor', () => {
  it.each([
    ['https://acme.zendesk.com/agent/filters/1', 'zendesk'],
    ['https://acme.freshdesk.com/a/tickets/5127', 'freshdesk'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1', 'jira'],
    ['https://acme.atlassian.net/browse/SUP-1', 'jira'],
    ['https://acme.atlassian.net/wiki/spaces/CS/overview', 'confluence'],
    ['https://app.intercom.com/a/inbox/k9x2p1/inbox/shared/all', 'intercom'],
    ['https://wayne.lightning.force.com/lightning/page/home', 'salesforce'],
    ['https://app.hubspot.com/contacts/4411223/objects/0-3/views/all/board', 'hubspot'],
    ['https://acme.pipedrive.com/pipeline/1/user/everyone', 'pipedrive'],
  ])('picks the tool adapter for %s even before a record opens', (url, tool) => {
    expect(adapterFor(new URL(url), false)?.tool).toBe(tool);
    expect(adapterFor(new URL(url), true)?.tool).toBe(tool);
  });

  it('uses the generic adapter elsewhere only when enabled', () => {
    const url = new URL('https://intranet.acme.example/hr/travel-policy');
    expect(adapterFor(url, false)).toBeNull();
    expect(adapterFor(url, true)?.tool).toBe('web');
    expect(adapterFor(new URL('chrome://settings/'), true)).toBeNull();
  });

  it('does not claim Atlassian pages outside Jira and Confluence', () => {
    expect(adapterFor(new URL('https://acme.atlassian.net/secure/admin'), false)).toBeNull();
  });
});

describe('adapters', () => {
  it('covers every tool once with valid, non-overlapping identities', () => {
    const tools = adapters.map((adapter) => Tool.parse(adapter.tool));
    expect(new Set(tools).size).toBe(adapters.length);
    expect(toolAdapters.every((adapter) => adapter.label.length > 0 && adapter.matches.length > 0)).toBe(true);
  });

  it('requests every tool pattern and <all_urls> as optional permissions, without duplicates', () => {
    const permissions = optionalHostPermissions();
    expect(permissions).toContain('<all_urls>');
    expect(permissions).toContain('https://*.zendesk.com/agent/*');
    expect(permissions).toContain('https://*.atlassian.net/wiki/*');
    expect(new Set(permissions).size).toBe(permissions.length);
    for (const adapter of toolAdapters) expect(permissions).toEqual(expect.arrayContaining([...adapter.matches]));
  });
});
