/** The requests the viewer sent: whom they asked about whom, the status, and cancel while open. */
import type { SentRequestView } from '../../client';
import { formatDay, t } from '../../i18n/console/i18n';
import { SubmitStatusLine, useSubmit } from '../form';
import { useClient } from '../use-query';

function SentEntry({ view }: { view: SentRequestView }) {
  const client = useClient();
  const { status, problem, run } = useSubmit();
  const { request, recipient, subject, pending } = view;
  return (
    <li data-nav-item tabIndex={-1}>
      <p class="meta">
        {t('requests.askedOf', { recipient: recipient?.name ?? '?', subject: subject?.name ?? '?' })}
        {request.dueOn && ` · ${t('requests.due', { date: formatDay(request.dueOn) })}`} · <span class={`request-status ${request.status}`}>{t(`requests.status.${request.status}`)}</span>
        {pending && <span class="pending"> · {t('common.pending')}</span>}
      </p>
      <p class="body">{request.prompt}</p>
      {request.status === 'declined' && request.declineReason && <p class="muted">{t('requests.declinedBecause', { reason: request.declineReason })}</p>}
      {request.status === 'open' && (
        <>
          <button type="button" onClick={() => void run(() => client.mutate('feedbackRequest.cancel', { id: request.id }).then(() => undefined))} aria-label={t('requests.cancelFor', { recipient: recipient?.name ?? '?' })}>
            {t('requests.cancel')}
          </button>
          <SubmitStatusLine status={status === 'saved' ? 'idle' : status} problem={problem} />
        </>
      )}
    </li>
  );
}

export function SentList({ items }: { items: readonly SentRequestView[] }) {
  if (items.length === 0) return <p class="muted">{t('requests.sentEmpty')}</p>;
  return (
    <ul class="feedback requests" data-nav-list>
      {items.map((view) => (
        <SentEntry key={view.request.id} view={view} />
      ))}
    </ul>
  );
}
