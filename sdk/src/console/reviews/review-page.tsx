/**
 * /app/reviews/:id: the review beside the period's evidence. The reviewer edits their draft (the
 * form is not reset when the server acknowledges a save: only the reviewer edits it); everyone
 * else, and the reviewer once submitted, reads it; the subject's managers and people admins
 * share a submitted review with the subject. Who sees it now is said on screen.
 */
import type { ReviewView } from '../../client';
import { questionsFor, type Person, type ReviewTemplate } from '../../model';
import { formatDay, t } from '../../i18n/console/i18n';
import { SubmitStatusLine, useSubmit } from '../form';
import { mayShareAbout } from '../manager-chain';
import { Loading, Page } from '../page';
import { ready, useClient, useQuery } from '../use-query';
import { EvidencePanel } from './evidence-panel';
import { ReviewAnswers, ReviewForm } from './review-form';
import { VisibilityNote } from './visibility-note';

function ShareButton({ view }: { view: ReviewView }) {
  const client = useClient();
  const { status, problem, run } = useSubmit();
  return (
    <div class="actions share">
      <button type="button" class="primary" disabled={status === 'saving'} onClick={() => void run(() => client.mutate('review.share', { id: view.review.id }).then(() => undefined))}>
        {t('reviews.share', { subject: view.subject?.name ?? '?' })}
      </button>
      <SubmitStatusLine status={status} problem={problem} />
    </div>
  );
}

function ReviewScreen({ view, me, people, templates }: { view: ReviewView; me: Person; people: readonly Person[]; templates: readonly ReviewTemplate[] }) {
  const { review } = view;
  const questions = questionsFor(templates, review.cycleId, review.kind);
  const subjectName = view.subject?.name ?? '?';
  const mine = review.reviewerId === me.id;
  const cycles = ready(useQuery('cycles', {}));
  const cycle = cycles?.find((c) => c.id === review.cycleId);
  return (
    <>
      <p class="lead">
        {t('reviews.byLine', { kind: t(`reviews.kind.${review.kind}`), reviewer: view.reviewer?.name ?? '?' })}
        {cycle && ` · ${cycle.name} (${formatDay(cycle.startsOn)} – ${formatDay(cycle.endsOn)})`}
        {view.pending && <span class="pending"> · {t('common.pending')}</span>}
      </p>
      <VisibilityNote review={review} subjectName={subjectName} reviewerIsMe={mine} />
      <div class="review-layout">
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">{t('reviews.answers')}</h2>
          {mine && review.status === 'draft' ? <ReviewForm view={view} questions={questions} /> : <ReviewAnswers view={view} questions={questions} />}
          {review.status === 'submitted' && mayShareAbout(me, people, review.subjectId) && review.subjectId !== me.id && <ShareButton view={view} />}
        </section>
        <EvidencePanel subjectId={review.subjectId} cycleId={review.cycleId} people={people} />
      </div>
    </>
  );
}

export function ReviewPage({ reviewId }: { reviewId: string }) {
  const me = ready(useQuery('me', {}));
  const people = ready(useQuery('people', {}));
  const found = ready(useQuery('reviews', { id: reviewId }));
  const templates = ready(useQuery('reviewTemplates', {}));
  if (!me || !people || !found || !templates) return <Loading />;
  const view = found[0];
  if (!view)
    return (
      <Page title={t('reviews.unknownTitle')}>
        <p>{t('reviews.unknown')}</p>
        <p>
          <a href="/app/reviews">{t('reviews.backToList')}</a>
        </p>
      </Page>
    );
  return (
    <Page title={view.review.kind === 'self' ? t('reviews.selfTitle', { subject: view.subject?.name ?? '?' }) : t('reviews.title', { subject: view.subject?.name ?? '?' })}>
      <ReviewScreen view={view} me={me} people={people} templates={templates} />
    </Page>
  );
}
