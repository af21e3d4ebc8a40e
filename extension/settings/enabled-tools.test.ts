import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEnabledTools, parseEnabledTools, setEnabledTools, watchEnabledTools } from './enabled-tools';

beforeEach(() => fakeBrowser.reset());

describe('parseEnabledTools', () => {
  it('keeps known tools once and drops everything else', () => {
    expect(parseEnabledTools(['zendesk', 'web', 'zendesk', 'myspace', 7, null])).toEqual(['zendesk', 'web']);
    expect(parseEnabledTools('zendesk')).toEqual([]);
    expect(parseEnabledTools(undefined)).toEqual([]);
  });
});

describe('enabled tools in storage', () => {
  it('reads the enabledTools key of local storage', async () => {
    expect(await getEnabledTools()).toEqual([]);
    await fakeBrowser.storage.local.set({ enabledTools: ['hubspot', 'bogus'] });
    expect(await getEnabledTools()).toEqual(['hubspot']);
  });

  it('notifies watchers with the parsed list', async () => {
    const seen: unknown[] = [];
    const unwatch = watchEnabledTools((tools) => seen.push(tools));
    await setEnabledTools(['jira', 'confluence']);
    unwatch();
    await setEnabledTools([]);
    expect(seen).toEqual([['jira', 'confluence']]);
  });
});
