/**
 * Shows the due list: the count on the toolbar badge (and in words in its tooltip), one
 * notification per item the first time it is due (a check-in week, a request), and the list
 * itself for the side panel's Due view. All in the browser's UI language.
 */
import type { DueItem } from './due-items';
import { formatNumber } from '@sightline/sdk/i18n/translate';
import { formatDay, lang, t, tPlural } from '../ui/shared/i18n';

export interface ReminderApi {
  setBadgeText(text: string): Promise<void>;
  /** The toolbar button's tooltip, which says in words what the badge's number counts. */
  setTitle(title: string): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  getNotifiedKeys(): Promise<string[]>;
  setNotifiedKeys(keys: string[]): Promise<void>;
  setDueItems(items: DueItem[]): Promise<void>;
}

/** A notification's words, in the browser's UI language. */
function notificationOf(item: DueItem): { title: string; message: string } {
  if (item.kind === 'checkin')
    return { title: t(item.overdue ? 'reminder.checkInOverdueTitle' : 'reminder.checkInTitle'), message: t('reminder.checkInMessage', { day: formatDay(item.dueOn) }) };
  return { title: item.requester ? t('reminder.requestTitle', { name: item.requester }) : t('reminder.requestTitleSomeone'), message: item.prompt ?? '' };
}

export async function remind(items: DueItem[], api: ReminderApi): Promise<void> {
  await api.setDueItems(items);
  await api.setBadgeText(items.length > 0 ? formatNumber(items.length, lang) : '');
  await api.setTitle(items.length > 0 ? tPlural('reminder.badge', items.length) : t('reminder.badgeNone'));
  const notified = new Set(await api.getNotifiedKeys());
  const fresh = items.filter((item) => !notified.has(item.key));
  // Recorded before showing, so a worker stopped half-way never shows one twice.
  if (fresh.length > 0 || notified.size !== items.length) await api.setNotifiedKeys(items.map((item) => item.key));
  for (const item of fresh) {
    const { title, message } = notificationOf(item);
    await api.notify(item.key, title, message);
  }
}
