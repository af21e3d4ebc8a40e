// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../model';
import type { SyncState } from '../client';
import { summarise } from './sync-status';
import { en } from '../i18n/widgets/en';
import { translator } from '../i18n/translate';
import { defineSyncStatus } from './elements';
import { cleanUp, eventually, mount, shadowOf, withSampleClient, wordsOf } from './testing/mount';

defineSyncStatus();
afterEach(cleanUp);

const summary = (el: Element) => wordsOf(shadowOf(el).querySelector('[role="status"]')!);

describe('<sightline-sync-status>', () => {
  it('says syncing until the first sync since start, then follows offline, pending and synced', async () => {
    const { client, org } = withSampleClient();
    const el = mount('sightline-sync-status');
    await eventually(() => expect(summary(el)).toBe('◐ Syncing…'));
    client.acknowledge();
    await eventually(() => expect(summary(el)).toBe('● All changes synced'));
    client.setOnline(false);
    await eventually(() => expect(summary(el)).toBe('○ Offline — showing saved data'));
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
  const SAVED_EARLIER = '2026-11-14T09:00:00.000Z';
  const text = (patch: Partial<SyncState>) =>
    summarise(
      { signedIn: true, online: true, leader: true, pending: 0, rejected: [], lastSyncedAt: null, syncedSinceStart: false, error: null, ...patch },
      translator(en, 'en'),
    ).text;

  it('says when nobody is signed in, and when a refused token leaves saved data on screen', () => {
    expect(text({ signedIn: false })).toBe('Not signed in to Sightline');
    expect(text({ signedIn: false, lastSyncedAt: SAVED_EARLIER, error: 'not signed in: embed token rejected: exp: the token has expired' })).toBe(
      'Sightline did not accept the sign-in — showing saved data',
    );
  });

  it('never claims to be synced before a sync since start, and says when saved data is shown instead', () => {
    expect(text({ lastSyncedAt: SAVED_EARLIER })).toBe('Syncing…');
    expect(text({ online: false, lastSyncedAt: SAVED_EARLIER })).toBe('Offline — showing saved data');
    expect(text({ online: false })).toBe('Offline');
    expect(text({ lastSyncedAt: SAVED_EARLIER, error: 'network error: Failed to fetch' })).toBe('Could not sync yet — showing saved data');
    expect(text({ error: 'network error: Failed to fetch' })).toBe('Could not sync yet');
    expect(text({ lastSyncedAt: SAVED_EARLIER, syncedSinceStart: true })).toBe('All changes synced');
  });
});
