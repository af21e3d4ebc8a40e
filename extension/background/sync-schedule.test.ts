import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM, SYNC_PERIOD_MINUTES, scheduleSync } from './sync-schedule';

beforeEach(() => fakeBrowser.reset());

const fire = () => fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: SYNC_PERIOD_MINUTES });

describe('scheduleSync', () => {
  it('creates the periodic alarm at start-up and syncs when it fires', async () => {
    const syncNow = vi.fn(async () => {});
    await scheduleSync(fakeBrowser.alarms, syncNow, vi.fn());
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: SYNC_ALARM, periodInMinutes: SYNC_PERIOD_MINUTES })]);
    await fire();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: Date.now() });
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('re-creates the alarm after a restart that cleared it, and the new worker syncs', async () => {
    await scheduleSync(fakeBrowser.alarms, vi.fn(async () => {}), vi.fn());
    // A browser restart or update: alarms and listeners are gone, the worker starts afresh.
    fakeBrowser.reset();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    const syncNow = vi.fn(async () => {});
    await scheduleSync(fakeBrowser.alarms, syncNow, vi.fn());
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: SYNC_PERIOD_MINUTES });
    await fire();
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('leaves a running alarm alone so frequent worker starts do not keep postponing it', async () => {
    await scheduleSync(fakeBrowser.alarms, vi.fn(async () => {}), vi.fn());
    const first = await fakeBrowser.alarms.get(SYNC_ALARM);
    vi.useFakeTimers({ now: Date.now() + 30_000 });
    try {
      await scheduleSync(fakeBrowser.alarms, vi.fn(async () => {}), vi.fn());
    } finally {
      vi.useRealTimers();
    }
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });

  it('reports a failed sync instead of throwing into the event dispatch', async () => {
    const onError = vi.fn();
    await scheduleSync(fakeBrowser.alarms, async () => Promise.reject(new Error('offline')), onError);
    await fire();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('offline')));
  });
});
