/** Feedback the signed-in person received or gave, newest first, with the record it was about. */
import type { FeedbackView, SightlineClient } from '@sightline/sdk/client';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import { formatDate, t } from '../shared/i18n';

export type Perspective = 'received' | 'given';

/** Enough for a panel; the dashboard has the full history. */
export const FEEDBACK_LIMIT = 20;

export function FeedbackList({ client, personId, perspective }: { client: SightlineClient; personId: string; perspective: Perspective }) {
  const params = perspective === 'received' ? { aboutId: personId, limit: FEEDBACK_LIMIT } : { authorId: personId, limit: FEEDBACK_LIMIT };
  const list = useWatch(client, 'feedback', params);
  if (list.status === 'error') return <p role="alert" class="error">{t('feedbackList.loadFailed', { reason: list.message })}</p>;
  if (list.status !== 'ready') return <p class="muted">{t('feedbackList.loading')}</p>;
  if (list.data.length === 0) return <p class="muted">{perspective === 'received' ? t('feedbackList.noneReceived') : t('feedbackList.noneGiven')}</p>;
  return (
    <ul class="feedback-list" data-testid={`feedback-${perspective}`}>
      {list.data.map((item) => (
        <FeedbackItem key={item.feedback.id} item={item} perspective={perspective} />
      ))}
    </ul>
  );
}

function FeedbackItem({ item: { feedback, author, subject, pending }, perspective }: { item: FeedbackView; perspective: Perspective }) {
  const kind = t(`feedbackKind.${feedback.kind}`);
  const who =
    perspective === 'received'
      ? t('feedbackList.from', { kind, name: author?.name ?? t('feedbackList.colleague') })
      : t('feedbackList.to', { kind, name: subject?.name ?? t('feedbackList.colleague') });
  const { context } = feedback;
  return (
    <li>
      <p class="muted">
        {who} · <time dateTime={feedback.createdAt}>{formatDate(feedback.createdAt)}</time>
        {pending && t('feedbackList.pending')}
      </p>
      <p class="body">{feedback.body}</p>
      {context && (
        <a href={context.url} target="_blank" rel="noopener noreferrer">
          {context.title ?? `${context.recordType} ${context.recordId}`}
        </a>
      )}
    </li>
  );
}
