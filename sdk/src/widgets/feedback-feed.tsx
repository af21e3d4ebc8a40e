/**
 * `<sightline-feedback-feed person="<personId>" kind="received|recognition" limit="5">`: feedback
 * newest first, so an intranet can show praise. `received` (the default): feedback about
 * `person` (default: the viewer). `recognition`: praise its author shared with the whole org,
 * about `person` when given, else about anyone. The store holds only what the server lets the
 * viewer see, so the feed never shows more than the viewer may read.
 */
import type { FeedbackView } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { feedbackFeedAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { formatInstantDay } from './format';
import { useWidgetI18n } from '../i18n/widgets/i18n';

const CSS = `
.feed { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
.meta, .body { margin: 0; overflow-wrap: anywhere; }
.body { white-space: pre-line; }
.kind { font-weight: 600; }
`;

/** Shown when no `limit` is set; the query caps what it returns anyway. */
export const DEFAULT_FEED_LIMIT = 5;

function FeedItem({ item: { feedback, author, subject, pending }, showSubject }: { item: FeedbackView; showSubject: boolean }) {
  const { t, lang } = useWidgetI18n();
  const authorName = author?.name ?? t('feedbackFeed.fromSomeone');
  const who = showSubject
    ? t('feedbackFeed.fromTo', { author: authorName, subject: subject?.name ?? t('feedbackFeed.toSomeone') })
    : t('feedbackFeed.from', { author: authorName });
  return (
    <li part="card" class="card">
      <p class="meta">
        <span class="kind">{t(`feedback.kind.${feedback.kind}`)}</span>{' '}
        <span class="muted">
          {who} ·{' '}
          <time dateTime={feedback.createdAt}>{formatInstantDay(feedback.createdAt, lang)}</time>
          {pending && ` · ${t('feedbackFeed.pending')}`}
        </span>
      </p>
      <p class="body">{feedback.body}</p>
    </li>
  );
}

export function FeedbackFeed({ client, person, kind, limit }: WidgetProps<typeof feedbackFeedAttributes>) {
  const recognition = kind === 'recognition';
  const me = useWatch(client, 'me', {});
  const { t } = useWidgetI18n();
  const aboutId = person ?? (recognition ? undefined : me.status === 'ready' ? me.data?.id : undefined);
  // Received feedback needs someone to be about: wait for the viewer when no person is named.
  const waiting = !recognition && !person && me.status !== 'ready';
  const feed = useWatch(client, 'feedback', waiting || (!recognition && !aboutId) ? null : { aboutId, recognition, limit: limit ?? DEFAULT_FEED_LIMIT });
  for (const state of [me, feed]) if (state.status === 'error') return <p role="alert" class="error">{t('feedbackFeed.loadFailed', { reason: state.message })}</p>;
  if (me.status === 'ready' && !me.data) return <p class="muted">{t('feedbackFeed.signIn')}</p>;
  if (feed.status !== 'ready') return <Skeleton label={t('feedbackFeed.loading')} />;
  if (feed.data.length === 0) return <p class="muted">{recognition ? t('feedbackFeed.emptyRecognition') : t('feedbackFeed.emptyReceived')}</p>;
  return (
    <ul class="feed" aria-label={recognition ? t('feedbackFeed.labelRecognition') : t('feedbackFeed.labelReceived')}>
      {feed.data.map((item) => (
        <FeedItem key={item.feedback.id} item={item} showSubject={recognition && !person} />
      ))}
    </ul>
  );
}

export const widget: Widget<typeof feedbackFeedAttributes> = { Component: FeedbackFeed, css: CSS };
