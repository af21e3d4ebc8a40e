import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DueItem } from '../../reminders/due-items';
import { setDueItems } from '../../reminders/due-store';

// The browser's UI language is read once, when the pages' words load: set it before they do.
vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('de-DE');
const { DueList } = await import('./due-list');

const container = document.createElement('div');
afterEach(() => {
  render(null, container);
  container.remove();
  fakeBrowser.reset();
});

describe('the Due view in a browser whose UI is German', () => {
  it('names each item, its due day as German writes it, and the way to do it in German', async () => {
    const items: DueItem[] = [
      { key: 'checkin:2026-W20', kind: 'checkin', dueOn: '2026-05-15', overdue: false },
      { key: 'request:a', kind: 'request', dueOn: '2026-05-14', overdue: true, requester: 'Lena Vogel', prompt: 'Wie lief meine Übergabe?' },
      { key: 'request:b', kind: 'request', dueOn: '2026-05-14', overdue: false, requester: '', prompt: 'Und die Demo?' },
    ];
    await setDueItems(items);
    document.body.append(container);
    const opened: string[] = [];
    render(<DueList onOpen={(kind) => opened.push(kind)} />, container);

    await vi.waitFor(() => expect(container.querySelectorAll('li')).toHaveLength(3));
    const lines = [...container.querySelectorAll('li > p:first-child')].map((p) => p.textContent);
    expect(lines).toEqual([
      'Ihr wöchentlicher Check-in · Fällig am 15.05.2026',
      'Feedback für Lena Vogel · Überfällig seit dem 14.05.2026',
      'Feedback für eine Kollegin oder einen Kollegen · Fällig am 14.05.2026',
    ]);
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Check-in ausfüllen', 'Antworten', 'Antworten']);

    await setDueItems([]);
    await vi.waitFor(() => expect(container.textContent).toBe('Nichts ist fällig. Check-ins und Feedback-Anfragen erscheinen hier an ihrem Fälligkeitstag.'));
  });
});
