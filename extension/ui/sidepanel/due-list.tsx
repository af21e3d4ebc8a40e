/**
 * The side panel's Due view: what the background found due (reminders/watch-due.ts), read from
 * storage and kept current as it changes; each item leads to the view where it is done.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DueItem } from '../../reminders/due-items';
import { getDueItems, watchDueItems } from '../../reminders/due-store';

/** Every sentence of this view, in one place for the message catalog. */
const STRINGS = {
  loading: 'Loading what is due…',
  nothing: 'Nothing is due. Check-ins and feedback requests show here on their due day.',
  checkIn: 'Your weekly check-in',
  request: (requester: string) => (requester ? `Feedback for ${requester}` : 'Feedback for a colleague'),
  due: (day: string) => `Due ${day}`,
  overdue: (day: string) => `Overdue since ${day}`,
  openCheckIn: 'Check in',
  openRequest: 'Answer',
} as const;

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

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
  if (items === null) return <p class="muted">{STRINGS.loading}</p>;
  if (items.length === 0) return <p class="muted">{STRINGS.nothing}</p>;
  return (
    <ul class="due-list" data-testid="due-items">
      {items.map((item) => (
        <li key={item.key}>
          <p>
            <strong>{item.kind === 'checkin' ? STRINGS.checkIn : STRINGS.request(item.requester ?? '')}</strong>
            {' · '}
            <span class={item.overdue ? 'overdue' : 'muted'}>{item.overdue ? STRINGS.overdue(formatDay(item.dueOn)) : STRINGS.due(formatDay(item.dueOn))}</span>
          </p>
          {item.prompt && <p class="muted">{item.prompt}</p>}
          <button type="button" onClick={() => onOpen(item.kind)}>
            {item.kind === 'checkin' ? STRINGS.openCheckIn : STRINGS.openRequest}
          </button>
        </li>
      ))}
    </ul>
  );
}
