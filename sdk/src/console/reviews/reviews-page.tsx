/**
 * /app/reviews?cycle=…: per cycle, the reviews the viewer writes (self, as manager, as peer) with
 * buttons to start the missing ones, those shared with them, and those submitted about people
 * they manage. Starting a review saves an empty draft (`review.save`, works offline) and opens it.
 */
import type { ReviewView } from '../../client';
import type { Cycle, Person, Review } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { CyclePicker } from '../cycle-picker';
import { location, navigate } from '../router';
import { ready, useClient, useQuery } from '../use-query';
import { reviewLists } from './review-lists';

function ReviewLinks({ views, empty }: { views: readonly ReviewView[]; empty: string }) {
  if (views.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="cards" data-nav-list>
      {views.map((v) => (
        <li key={v.review.id} data-nav-item>
          <a href={`/app/reviews/${v.review.id}`}>
            {v.review.kind === 'self' ? t('reviews.selfTitle', { subject: v.subject?.name ?? '?' }) : t('reviews.title', { subject: v.subject?.name ?? '?' })}
          </a>{' '}
          <span class="muted">
            {t('reviews.byLine', { kind: t(`reviews.kind.${v.review.kind}`), reviewer: v.reviewer?.name ?? '?' })} · {t(`reviews.status.${v.review.status}`)}
          </span>
          {v.pending && <span class="pending"> · {t('common.pending')}</span>}
        </li>
      ))}
    </ul>
  );
}

function useStart(cycle: Cycle) {
  const client = useClient();
  const submit = useSubmit();
  const start = (kind: Review['kind'], subjectId: string) =>
    void submit.run(async () => {
      const id = uuidv7();
      await client.mutate('review.save', { id, cycleId: cycle.id, subjectId, kind });
      navigate(`/app/reviews/${id}`);
    });
  return { ...submit, start };
}

function StartButtons({ cycle, toStart }: { cycle: Cycle; toStart: ReturnType<typeof reviewLists>['toStart'] }) {
  const { status, problem, start } = useStart(cycle);
  if (toStart.length === 0) return null;
  return (
    <>
      <ul class="plain start-list">
        {toStart.map(({ kind, subject }) => (
          <li key={`${kind}:${subject.id}`}>
            <button type="button" onClick={() => start(kind, subject.id)} disabled={status === 'saving'}>
              {kind === 'self' ? t('reviews.startSelf') : t('reviews.startManager', { subject: subject.name })}
            </button>
          </li>
        ))}
      </ul>
      <SubmitStatusLine status={status === 'saved' ? 'idle' : status} problem={problem} />
    </>
  );
}

function PeerStart({ cycle, me, people }: { cycle: Cycle; me: Person; people: readonly Person[] }) {
  const { status, problem, errors, start } = useStart(cycle);
  const others = people.filter((p) => p.active && p.id !== me.id);
  return (
    <form
      class="form inline-form"
      noValidate
      onSubmit={(event) => {
        const subjectId = formFields(event)('subjectId');
        if (subjectId) start('peer', subjectId);
      }}
    >
      <Field id="peer-subject" label={t('reviews.peerSubject')} error={errors.subjectId}>
        {(p) => (
          <select {...p} name="subjectId">
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={status === 'saving' || others.length === 0}>
        {t('reviews.startPeer')}
      </button>
      <SubmitStatusLine status={status === 'saved' ? 'idle' : status} problem={problem} />
    </form>
  );
}

export function ReviewsPage() {
  const me = ready(useQuery('me', {}));
  const people = ready(useQuery('people', {}));
  const cycles = ready(useQuery('cycles', {}));
  const cycleId = location.value.query.get('cycle') ?? cycles?.[0]?.id ?? null;
  const reviews = ready(useQuery('reviews', cycleId ? { cycleId } : null));
  if (!me || !people || !cycles) return <Loading />;
  const cycle = cycles.find((c) => c.id === cycleId);
  if (!cycle)
    return (
      <Page title={t('reviews.pageTitle')}>
        <p class="muted">{t('reviews.noCycle')}</p>
      </Page>
    );
  if (!reviews) return <Loading />;
  const lists = reviewLists(me, people, reviews);
  return (
    <Page title={t('reviews.pageTitle')}>
      <CyclePicker id="reviews-cycle" path="/app/reviews" cycles={cycles} value={cycle.id} />
      <p class="lead">{t('reviews.intro')}</p>
      <section aria-labelledby="writing-heading">
        <h2 id="writing-heading">{t('reviews.writing')}</h2>
        <ReviewLinks views={lists.writing} empty={t('reviews.writingEmpty')} />
        <StartButtons cycle={cycle} toStart={lists.toStart} />
        <h3>{t('reviews.peerTitle')}</h3>
        <PeerStart cycle={cycle} me={me} people={people} />
      </section>
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading">{t('reviews.sharedWithMe')}</h2>
        <ReviewLinks views={lists.sharedWithMe} empty={t('reviews.sharedEmpty')} />
      </section>
      {lists.aboutOthers.length > 0 && (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">{t('reviews.aboutOthers')}</h2>
          <ReviewLinks views={lists.aboutOthers} empty="" />
        </section>
      )}
    </Page>
  );
}
