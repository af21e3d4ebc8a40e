/**
 * `<sightline-feedback-feed person="<personId>" kind="received|recognition" limit="5">`: feedback
 * newest first, so an intranet can show praise. `received` (the default): feedback about
 * `person` (default: the viewer). `recognition`: praise its author shared with the whole org,
 * about `person` when given, else about anyone. The store holds only what the server lets the
 * viewer see, so the feed never shows more than the viewer may read.
 */
import type { FeedbackKind } from '../model';
import type { FeedbackView } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { feedbackFeedAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { formatInstantDay } from './format';

const CSS = `
.feed { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
.meta, .body { margin: 0; overflow-wrap: anywhere; }
.body { white-space: pre-line; }
.kind { font-weight: 600; }
`;

/** Shown when no `limit` is set; the query caps what it returns anyway. */
export const DEFAULT_FEED_LIMIT = 5;

/** Every sentence this widget shows, in one place for the message catalog. */
const STRINGS = {
  loading: 'Loading feedback…',
  signIn: 'Sign in to Sightline to see feedback.',
  couldNotLoad: (message: string) => `Could not load feedback: ${message}`,
  emptyReceived: 'No feedback here yet.',
  emptyRecognition: 'No recognition shared yet.',
  listReceived: 'Feedback received',
  listRecognition: 'Recognition',
  from: (author: string) => `from ${author}`,
  fromTo: (author: string, subject: string) => `from ${author} to ${subject}`,
  someone: 'a colleague',
  pending: 'not synced yet',
} as const;

const KIND_LABEL: Record<FeedbackKind, string> = { praise: 'Praise', coaching: 'Coaching', observation: 'Observation', self: 'Self-reflection' };

function FeedItem({ item: { feedback, author, subject, pending }, showSubject }: { item: FeedbackView; showSubject: boolean }) {
  const authorName = author?.name ?? STRINGS.someone;
  return (
    <li part="card" class="card">
      <p class="meta">
        <span class="kind">{KIND_LABEL[feedback.kind]}</span>{' '}
        <span class="muted">
          {showSubject ? STRINGS.fromTo(authorName, subject?.name ?? STRINGS.someone) : STRINGS.from(authorName)} ·{' '}
          <time dateTime={feedback.createdAt}>{formatInstantDay(feedback.createdAt)}</time>
          {pending && ` · ${STRINGS.pending}`}
        </span>
      </p>
      <p class="body">{feedback.body}</p>
    </li>
  );
}

export function FeedbackFeed({ client, person, kind, limit }: WidgetProps<typeof feedbackFeedAttributes>) {
  const recognition = kind === 'recognition';
  const me = useWatch(client, 'me', {});
  const aboutId = person ?? (recognition ? undefined : me.status === 'ready' ? me.data?.id : undefined);
  // Received feedback needs someone to be about: wait for the viewer when no person is named.
  const waiting = !recognition && !person && me.status !== 'ready';
  const feed = useWatch(client, 'feedback', waiting || (!recognition && !aboutId) ? null : { aboutId, recognition, limit: limit ?? DEFAULT_FEED_LIMIT });
  for (const state of [me, feed]) if (state.status === 'error') return <p role="alert" class="error">{STRINGS.couldNotLoad(state.message)}</p>;
  if (me.status === 'ready' && !me.data) return <p class="muted">{STRINGS.signIn}</p>;
  if (feed.status !== 'ready') return <Skeleton label={STRINGS.loading} />;
  if (feed.data.length === 0) return <p class="muted">{recognition ? STRINGS.emptyRecognition : STRINGS.emptyReceived}</p>;
  return (
    <ul class="feed" aria-label={recognition ? STRINGS.listRecognition : STRINGS.listReceived}>
      {feed.data.map((item) => (
        <FeedItem key={item.feedback.id} item={item} showSubject={recognition && !person} />
      ))}
    </ul>
  );
}

export const widget: Widget<typeof feedbackFeedAttributes> = { Component: FeedbackFeed, css: CSS };
