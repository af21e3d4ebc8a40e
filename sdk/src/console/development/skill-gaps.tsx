/**
 * A person's skill gaps: each with the skill, where it was seen (a coaching feedback item or a
 * review about them), a note and its status; and a form raising a new one from such a source.
 */
import type { FeedbackView } from '../../client';
import type { Review, Skill, SkillGap } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function SkillGaps({ personId, gaps, skills, feedback, reviews }: { personId: string; gaps: SkillGap[]; skills: Skill[]; feedback: FeedbackView[]; reviews: Review[] }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const toggle = useSubmit();
  const coaching = feedback.filter((f) => f.feedback.kind === 'coaching');
  const skillName = (id: string) => skills.find((s) => s.id === id)?.name ?? '';
  const sourceLabel = (gap: SkillGap) => {
    if (gap.source === 'feedback') {
      const item = feedback.find((f) => f.feedback.id === gap.sourceId);
      return t('development.fromFeedback', { text: item ? excerpt(item.feedback.body) : '' });
    }
    const review = reviews.find((r) => r.id === gap.sourceId);
    return t('development.fromReview', { kind: review ? t(`development.reviewKind.${review.kind}`) : '' });
  };

  const raise = (event: Event) => {
    const field = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    const [source, sourceId] = field('source').split(':') as ['feedback' | 'review', string];
    void run(async () => {
      await client.mutate('skillGap.raise', { id: uuidv7(), personId, skillId: field('skillId'), source, sourceId: sourceId ?? '', note: field('note') || null });
      form.reset();
    });
  };

  return (
    <section aria-labelledby={`gaps-${personId}`}>
      <h2 id={`gaps-${personId}`}>{t('development.gaps')}</h2>
      {gaps.length === 0 ? (
        <p class="muted">{t('development.noGaps')}</p>
      ) : (
        <ul class="cards" data-nav-list>
          {gaps.map((gap) => (
            <li key={gap.id} data-nav-item tabIndex={-1}>
              <strong>{skillName(gap.skillId)}</strong> · {t(`development.gapStatus.${gap.status}`)}
              <p class="muted">{sourceLabel(gap)}</p>
              {gap.note && <p>{gap.note}</p>}
              <button
                type="button"
                onClick={() => void toggle.run(() => client.mutate('skillGap.setStatus', { id: gap.id, status: gap.status === 'open' ? 'closed' : 'open' }).then(() => undefined))}
              >
                {gap.status === 'open' ? t('development.closeGap') : t('development.reopenGap')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SubmitStatusLine status={toggle.status} problem={toggle.problem} />
      <h3>{t('development.raiseGap')}</h3>
      {skills.length === 0 || coaching.length + reviews.length === 0 ? (
        <p class="muted">{t('development.raiseNeeds')}</p>
      ) : (
        <form class="form" onSubmit={raise} noValidate>
          <Field id={`gap-skill-${personId}`} label={t('development.skill')} error={errors.skillId}>
            {(p) => (
              <select {...p} name="skillId">
                {skills.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`gap-source-${personId}`} label={t('development.seenIn')} error={errors.sourceId ?? errors.source}>
            {(p) => (
              <select {...p} name="source">
                {coaching.map((f) => (
                  <option key={f.feedback.id} value={`feedback:${f.feedback.id}`}>
                    {t('development.fromFeedback', { text: excerpt(f.feedback.body) })}
                  </option>
                ))}
                {reviews.map((r) => (
                  <option key={r.id} value={`review:${r.id}`}>
                    {t('development.fromReview', { kind: t(`development.reviewKind.${r.kind}`) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`gap-note-${personId}`} label={`${t('development.note')} ${t('common.optional')}`} error={errors.note}>
            {(p) => <textarea {...p} name="note" rows={2} />}
          </Field>
          <button type="submit" class="primary" disabled={status === 'saving'}>
            {t('development.raiseGap')}
          </button>
          <SubmitStatusLine status={status} problem={problem} />
        </form>
      )}
    </section>
  );
}
