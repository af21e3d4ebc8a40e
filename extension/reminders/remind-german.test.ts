import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DueItem } from './due-items';
import { getNotifiedKeys, setDueItems, setNotifiedKeys } from './due-store';

// The browser's UI language is read once, when the extension's words load: set it before they do.
vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('de');
const { remind } = await import('./remind');

describe('reminders in a browser whose UI is German', () => {
  it('notify in German, with the due day as German writes it, and count in German on the toolbar', async () => {
    const notifications: Array<{ title: string; message: string }> = [];
    let title = '';
    const items: DueItem[] = [
      { key: 'checkin:2026-W20', kind: 'checkin', dueOn: '2026-05-15', overdue: true },
      { key: 'request:a', kind: 'request', dueOn: '2026-05-14', overdue: false, requester: 'Lena Vogel', prompt: 'Wie lief meine Übergabe?' },
    ];
    await remind(items, {
      setBadgeText: async () => {},
      setTitle: async (text) => void (title = text),
      notify: async (_id, title, message) => void notifications.push({ title, message }),
      getNotifiedKeys,
      setNotifiedKeys,
      setDueItems,
    });
    expect(notifications).toEqual([
      { title: 'Ihr Check-in ist überfällig', message: 'Der Check-in dieser Woche ist seit dem 15.05.2026 fällig. In der Sightline-Seitenleiste dauert er zwei Minuten.' },
      { title: 'Lena Vogel wartet auf Ihr Feedback', message: 'Wie lief meine Übergabe?' },
    ]);
    expect(title).toBe('Sightline: 2 Aufgaben fällig');
  });
});
