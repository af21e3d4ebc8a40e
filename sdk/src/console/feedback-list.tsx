/** Feedback the viewer may see, newest first: kind, who about whom, when, and the record it was given on. */
import type { FeedbackView } from '../client';
import { formatInstant, t } from '../i18n/console/i18n';

export function FeedbackList({ items, empty }: { items: readonly FeedbackView[]; empty: string }) {
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="feedback" data-nav-list>
      {items.map(({ feedback, author, subject, pending }) => (
        <li key={feedback.id} data-nav-item tabIndex={-1} class={`kind-${feedback.kind}`}>
          <p class="meta">
            {t('feedback.byOn', {
              kind: t(`feedback.kind.${feedback.kind}`),
              author: author?.name ?? '?',
              subject: subject?.name ?? '?',
              when: formatInstant(feedback.createdAt),
            })}
            {pending && <span class="pending"> · {t('common.pending')}</span>}
          </p>
          <p class="body">{feedback.body}</p>
          {feedback.context?.url && (
            <p class="muted">
              {t('feedback.on')}{' '}
              <a href={feedback.context.url} rel="noreferrer" target="_blank">
                {feedback.context.title ?? `${feedback.context.recordType} #${feedback.context.recordId}`}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
