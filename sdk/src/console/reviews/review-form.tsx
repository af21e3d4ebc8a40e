/**
 * The reviewer's own draft: the template's questions, a 1-5 rating and a summary. "Save draft"
 * keeps it to the reviewer; "Submit" makes it final and shows it to the subject's managers and
 * people admins. Both are `review.save`, a local write first, so a review can be written offline.
 */
import type { ReviewView } from '../../client';
import type { MutationInput, ReviewQuestion } from '../../model';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';

const RATINGS = [1, 2, 3, 4, 5] as const;

export function ReviewForm({ view, questions }: { view: ReviewView; questions: readonly ReviewQuestion[] }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const { review } = view;
  const answerOf = (key: string) => review.answers.find((a) => a.key === key)?.answer ?? '';

  const save = (event: Event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const field = formFields(event);
    const args: MutationInput<'review.save'> = {
      id: review.id,
      cycleId: review.cycleId,
      subjectId: review.subjectId,
      kind: review.kind,
      rating: field('rating') ? Number(field('rating')) : null,
      summary: field('summary') || null,
      answers: questions.map((q) => ({ key: q.key, answer: field(`answer-${q.key}`) || null })),
      status: submitter?.value === 'submitted' ? 'submitted' : 'draft',
    };
    void run(async () => {
      await client.mutate('review.save', args);
    });
  };

  return (
    <form class="form review-form" onSubmit={save} noValidate>
      {questions.map((q, i) => (
        <Field key={q.key} id={`review-${q.key}`} label={q.text} error={errors[`answers.${i}.answer`] ?? errors[`answers.${i}.key`]}>
          {(p) => <textarea {...p} name={`answer-${q.key}`} rows={4} defaultValue={answerOf(q.key)} />}
        </Field>
      ))}
      <Field id="review-rating" label={`${t('reviews.rating')} ${t('common.optional')}`} hint={t('reviews.ratingHint')} error={errors.rating}>
        {(p) => (
          // A select has no default value of its own: the saved rating's option is marked selected.
          <select {...p} name="rating">
            <option value="" selected={review.rating === null}>
              {t('reviews.noRating')}
            </option>
            {RATINGS.map((r) => (
              <option key={r} value={String(r)} selected={review.rating === r}>
                {t(`reviews.rating.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="review-summary" label={`${t('reviews.summary')} ${t('common.optional')}`} error={errors.summary}>
        {(p) => <textarea {...p} name="summary" rows={3} defaultValue={review.summary ?? ''} />}
      </Field>
      <div class="actions">
        <button type="submit" name="status" value="draft" disabled={status === 'saving'}>
          {t('reviews.saveDraft')}
        </button>
        <button type="submit" name="status" value="submitted" class="primary" disabled={status === 'saving'}>
          {t('reviews.submit')}
        </button>
      </div>
      <SubmitStatusLine status={status} problem={problem} />
    </form>
  );
}

/** A review as read by anyone but its reviewer at draft: the questions with their answers. */
export function ReviewAnswers({ view, questions }: { view: ReviewView; questions: readonly ReviewQuestion[] }) {
  const { review } = view;
  return (
    <dl class="review-answers">
      {questions.map((q) => (
        <div key={q.key}>
          <dt>{q.text}</dt>
          <dd>{review.answers.find((a) => a.key === q.key)?.answer ?? <span class="muted">{t('reviews.unanswered')}</span>}</dd>
        </div>
      ))}
      <div>
        <dt>{t('reviews.rating')}</dt>
        <dd>{review.rating === null ? <span class="muted">{t('reviews.noRating')}</span> : t(`reviews.rating.${review.rating as 1 | 2 | 3 | 4 | 5}`)}</dd>
      </div>
      {review.summary && (
        <div>
          <dt>{t('reviews.summary')}</dt>
          <dd>{review.summary}</dd>
        </div>
      )}
    </dl>
  );
}
