/**
 * The side panel's Due view: what the background found due (reminders/watch-due.ts), read from
 * storage and kept current as it changes; each item leads to the view where it is done.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DueItem } from '../../reminders/due-items';
import { getDueItems, watchDueItems } from '../../reminders/due-store';
import { formatDay, t } from '../shared/i18n';

export function DueList({ onOpen }: { onOpen: (kind: DueItem['kind']) => void }) {
  const [items, setItems] = useState<DueItem[] | null>(null);
  useEffect(() => {
    let active = true;
    const stop = watchDueItems((latest) => active && setItems(latest));
    void getDueItems().then((stored) => active && setItems((now) => now ?? stored));
    return () => {
      active = false;
      stop();
    };
  }, []);
  if (items === null) return <p class="muted">{t('due.loading')}</p>;
  if (items.length === 0) return <p class="muted">{t('due.nothing')}</p>;
  return (
    <ul class="due-list" data-testid="due-items">
      {items.map((item) => (
        <li key={item.key}>
          <p>
            <strong>{item.kind === 'checkin' ? t('due.checkIn') : item.requester ? t('due.request', { name: item.requester }) : t('due.requestSomeone')}</strong>
            {' · '}
            <span class={item.overdue ? 'overdue' : 'muted'}>{t(item.overdue ? 'due.overdue' : 'due.on', { day: formatDay(item.dueOn) })}</span>
          </p>
          {item.prompt && <p class="muted">{item.prompt}</p>}
          <button type="button" onClick={() => onOpen(item.kind)}>
            {item.kind === 'checkin' ? t('due.openCheckIn') : t('due.openRequest')}
          </button>
        </li>
      ))}
    </ul>
  );
}
