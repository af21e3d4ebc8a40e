// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../model';
import { summarise } from './sync-status';
import { defineSyncStatus } from './elements';
import { cleanUp, eventually, mount, shadowOf, withSampleClient, wordsOf } from './testing/mount';

defineSyncStatus();
afterEach(cleanUp);

const summary = (el: Element) => wordsOf(shadowOf(el).querySelector('[role="status"]')!);

describe('<sightline-sync-status>', () => {
  it('follows offline, pending and synced', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-sync-status');
    await eventually(() => expect(summary(el)).toBe('● All changes synced'));
    client.setOnline(false);
    await eventually(() => expect(summary(el)).toBe('○ Offline'));
    await client.mutate('metric.record', { id: uuidv7(), metricId: org.csat.id, value: 87, at: '2026-11-15T12:00:00Z' });
    await client.mutate('metric.record', { id: uuidv7(), metricId: org.csat.id, value: 88, at: '2026-11-15T12:01:00Z' });
    await eventually(() => expect(summary(el)).toBe('○ Offline — 2 changes saved here, will sync when online'));
    client.setOnline(true);
    await eventually(() => expect(summary(el)).toBe('◐ Syncing 2 changes…'));
    client.acknowledge();
    await eventually(() => expect(summary(el)).toBe('● All changes synced'));
  });

  it("lists refused changes with the server's reason and dismisses them", async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-sync-status');
    await client.mutate('metric.record', { id: uuidv7(), metricId: org.csat.id, value: 87, at: '2026-11-15T12:00:00Z' });
    client.reject(client.mutations[0]!.id, 'The KPI was archived');
    const items = () => [...shadowOf(el).querySelectorAll('li')];
    await eventually(() => expect(items().map((li) => wordsOf(li.querySelector('span')!))).toEqual(['A KPI value was not saved: The KPI was archived']));
    expect(items()[0]!.closest('[role="alert"]')).not.toBeNull();

    items()[0]!.querySelector('button')!.click();
    await eventually(() => expect(items()).toEqual([]));
  });

  it('renders a hostile reason as text', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-sync-status');
    await client.mutate('metric.record', { id: uuidv7(), metricId: org.csat.id, value: 87, at: '2026-11-15T12:00:00Z' });
    client.reject(client.mutations[0]!.id, '<img src=x onerror=alert(1)>');
    await eventually(() => expect(shadowOf(el).querySelector('li')?.textContent).toContain('<img src=x onerror=alert(1)>'));
    expect(shadowOf(el).querySelector('img')).toBeNull();
  });
});

describe('summarise', () => {
  it('says when nobody is signed in', () => {
    expect(summarise({ signedIn: false, online: true, leader: true, pending: 0, rejected: [], lastSyncedAt: null, error: null }).text).toBe(
      'Not signed in to Sightline',
    );
  });
});
