/**
 * Shows the due list: the count on the toolbar badge, one notification per item the first time
 * it is due (a check-in week, a request), and the list itself for the side panel's Due view.
 */
import type { DueItem } from './due-items';

export interface ReminderApi {
  setBadgeText(text: string): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  getNotifiedKeys(): Promise<string[]>;
  setNotifiedKeys(keys: string[]): Promise<void>;
  setDueItems(items: DueItem[]): Promise<void>;
}

/** Every sentence a reminder shows, in one place for the message catalog. */
export const REMINDER_STRINGS = {
  checkInTitle: 'Your check-in is due',
  checkInOverdueTitle: 'Your check-in is overdue',
  checkInMessage: (dueOn: string) => `This week's check-in was due on ${dueOn}. It takes two minutes in the Sightline side panel.`,
  requestTitle: (requester: string) => (requester ? `${requester} is waiting for your feedback` : 'A colleague is waiting for your feedback'),
  requestMessage: (prompt: string) => prompt,
} as const;

function notificationOf(item: DueItem): { title: string; message: string } {
  if (item.kind === 'checkin')
    return { title: item.overdue ? REMINDER_STRINGS.checkInOverdueTitle : REMINDER_STRINGS.checkInTitle, message: REMINDER_STRINGS.checkInMessage(item.dueOn) };
  return { title: REMINDER_STRINGS.requestTitle(item.requester ?? ''), message: REMINDER_STRINGS.requestMessage(item.prompt ?? '') };
}

export async function remind(items: DueItem[], api: ReminderApi): Promise<void> {
  await api.setDueItems(items);
  await api.setBadgeText(items.length > 0 ? String(items.length) : '');
  const notified = new Set(await api.getNotifiedKeys());
  const fresh = items.filter((item) => !notified.has(item.key));
  // Recorded before showing, so a worker stopped half-way never shows one twice.
  if (fresh.length > 0 || notified.size !== items.length) await api.setNotifiedKeys(items.map((item) => item.key));
  for (const item of fresh) {
    const { title, message } = notificationOf(item);
    await api.notify(item.key, title, message);
  }
}
