import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DueItem } from './due-items';
import { getDueItems, getNotifiedKeys, setDueItems, setNotifiedKeys } from './due-store';
import { remind, type ReminderApi } from './remind';

beforeEach(() => fakeBrowser.reset());

const CHECK_IN: DueItem = { key: 'checkin:2026-W20', kind: 'checkin', dueOn: '2026-05-15', overdue: false };
const REQUEST: DueItem = { key: 'request:a', kind: 'request', dueOn: '2026-05-14', overdue: true, requester: 'Lena Vogel', prompt: 'How did my handoff go?' };

/** A worker's view of the browser: badge and notifications recorded, storage the fake browser's. */
function worker() {
  const shown = { badge: null as string | null, title: null as string | null, notifications: [] as Array<{ id: string; title: string; message: string }> };
  const api: ReminderApi = {
    setBadgeText: async (text) => void (shown.badge = text),
    setTitle: async (title) => void (shown.title = title),
    notify: async (id, title, message) => void shown.notifications.push({ id, title, message }),
    getNotifiedKeys,
    setNotifiedKeys,
    setDueItems,
  };
  return { shown, api };
}

describe('remind', () => {
  it('counts due items on the badge and notifies each once, across worker restarts', async () => {
    const first = worker();
    await remind([CHECK_IN], first.api);
    expect(first.shown.badge).toBe('1');
    expect(first.shown.title).toBe('Sightline: 1 thing due');
    expect(first.shown.notifications).toEqual([{ id: CHECK_IN.key, title: 'Your check-in is due', message: expect.stringContaining('May 15, 2026') }]);

    await remind([CHECK_IN, REQUEST], first.api);
    expect(first.shown.badge).toBe('2');
    expect(first.shown.title).toBe('Sightline: 2 things due');
    expect(first.shown.notifications.map((n) => n.id)).toEqual([CHECK_IN.key, REQUEST.key]);
    expect(first.shown.notifications[1]).toMatchObject({ title: 'Lena Vogel is waiting for your feedback', message: 'How did my handoff go?' });

    // A new worker reads what was notified from storage.
    const second = worker();
    await remind([CHECK_IN, REQUEST], second.api);
    expect(second.shown.notifications).toEqual([]);
    expect(await getDueItems()).toEqual([CHECK_IN, REQUEST]);
  });

  it('clears the badge when nothing is due', async () => {
    const { shown, api } = worker();
    await remind([REQUEST], api);
    await remind([], api);
    expect(shown.badge).toBe('');
    expect(shown.title).toBe('Open Sightline');
    expect(await getNotifiedKeys()).toEqual([]);
    expect(await getDueItems()).toEqual([]);
  });
});
