/** Feedback the signed-in person received or gave, newest first, with the record it was about. */
import type { FeedbackView, SightlineClient } from '@sightline/sdk/client';
import type { FeedbackKind } from '@sightline/sdk/model';
import { useWatch } from '@sightline/sdk/widgets/use-watch';

export type Perspective = 'received' | 'given';

const KIND: Record<FeedbackKind, string> = { praise: 'Praise', coaching: 'Coaching', observation: 'Observation', self: 'Self-reflection' };
/** Enough for a panel; the dashboard has the full history. */
export const FEEDBACK_LIMIT = 20;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function FeedbackList({ client, personId, perspective }: { client: SightlineClient; personId: string; perspective: Perspective }) {
  const params = perspective === 'received' ? { aboutId: personId, limit: FEEDBACK_LIMIT } : { authorId: personId, limit: FEEDBACK_LIMIT };
  const list = useWatch(client, 'feedback', params);
  if (list.status === 'error') return <p role="alert" class="error">Could not load feedback: {list.message}</p>;
  if (list.status !== 'ready') return <p class="muted">Loading feedback…</p>;
  if (list.data.length === 0) return <p class="muted">{perspective === 'received' ? 'No feedback received yet.' : 'You have not given feedback yet.'}</p>;
  return (
    <ul class="feedback-list" data-testid={`feedback-${perspective}`}>
      {list.data.map((item) => (
        <FeedbackItem key={item.feedback.id} item={item} perspective={perspective} />
      ))}
    </ul>
  );
}

function FeedbackItem({ item: { feedback, author, subject, pending }, perspective }: { item: FeedbackView; perspective: Perspective }) {
  const who = perspective === 'received' ? `from ${author?.name ?? 'a colleague'}` : `to ${subject?.name ?? 'a colleague'}`;
  const { context } = feedback;
  return (
    <li>
      <p class="muted">
        {KIND[feedback.kind]} {who} · <time dateTime={feedback.createdAt}>{dateFormat.format(new Date(feedback.createdAt))}</time>
        {pending && ' · not yet synced'}
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
