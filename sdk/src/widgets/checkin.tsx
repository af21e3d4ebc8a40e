/**
 * `<sightline-checkin week="2026-W47">` (default: this ISO week): the weekly check-in. For each
 * goal the `checkIn` query lists, a 0-10 confidence and a progress note; then barriers, support
 * needed and a learning action. An existing check-in for the week is pre-filled, and
 * submitting again replaces it (same id: one check-in per person and week).
 */
import { useRef, useState } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { checkInId } from '../model/uuid';
import type { Person } from '../model';
import type { CheckInView, SightlineClient } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { checkInAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { Field } from './field';
import { SubmitStatus, useSubmission } from './submission';
import { isoWeek, weekDays } from './iso-week';
import { useFormSchemas, type FormSchemas } from './use-form-schemas';
import { useWidgetI18n, type WidgetTranslator } from '../i18n/widgets/i18n';

const CSS = `
form { display: grid; }
textarea { width: 100%; min-height: 3.5em; resize: vertical; }
.week { margin: 0 0 calc(var(--_space) * 1.5); }
.goal { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); }
.goal legend { padding: 0 calc(var(--_space) / 2); overflow-wrap: anywhere; }
.confidence { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
.confidence input { flex: 1 1 8em; min-width: 0; accent-color: var(--_accent); }
.confidence output { min-width: 9em; font-variant-numeric: tabular-nums; }
.actions { display: flex; align-items: center; gap: var(--_space); }
.status { margin: var(--_space) 0 0; min-height: 1.45em; }
`;

const DEFAULT_CONFIDENCE = 5;

export function confidenceWord({ t }: WidgetTranslator, n: number): string {
  if (n <= 2) return t('confidence.veryUnlikely');
  if (n <= 4) return t('confidence.unlikely');
  if (n === 5) return t('confidence.unsure');
  if (n <= 7) return t('confidence.likely');
  return t('confidence.veryLikely');
}

interface GoalAnswer {
  confidence: number;
  progressNote: string;
}

interface Answers {
  goals: Record<string, GoalAnswer>;
  barriers: string;
  supportNeeded: string;
  learningAction: string;
}

/** A goal not answered yet (new this week) starts in the middle. */
const answerFor = (answers: Answers, goalId: string): GoalAnswer => answers.goals[goalId] ?? { confidence: DEFAULT_CONFIDENCE, progressNote: '' };

/** What the form starts from: the saved check-in for the week, if any. */
function answersFrom(view: CheckInView): Answers {
  const c = view.checkIn;
  return {
    goals: Object.fromEntries((c?.goals ?? []).map((g) => [g.goalId, { confidence: g.confidence, progressNote: g.progressNote ?? '' }])),
    barriers: c?.barriers ?? '',
    supportNeeded: c?.supportNeeded ?? '',
    learningAction: c?.learningAction ?? '',
  };
}

/** Each question's label is `checkin.<key>` and its hint `checkin.<key>Hint`. */
const QUESTIONS = ['barriers', 'supportNeeded', 'learningAction'] as const;

interface FormProps {
  client: SightlineClient;
  schemas: FormSchemas;
  host: HTMLElement;
  me: Person;
  week: string;
  view: CheckInView;
}

function CheckInForm({ client, schemas, host, me, week, view }: FormProps) {
  const [initial] = useState(() => answersFrom(view));
  const answers = useSignal(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(client, schemas, host, formRef);
  const i18n = useWidgetI18n();
  const { t, lang } = i18n;
  const dayMonth = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const errors = submission.errors.value;
  const a = answers.value;
  const setGoal = (goalId: string, patch: Partial<GoalAnswer>) => {
    const now = answers.value;
    answers.value = { ...now, goals: { ...now.goals, [goalId]: { ...answerFor(now, goalId), ...patch } } };
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const latest = answers.value; // not the render's copy: the last keystroke may not have rendered yet
    void submission.submit(
      'checkin.submit',
      {
        id: checkInId(me.id, week),
        personId: me.id,
        week,
        goals: view.goals.map((g) => ({ goalId: g.id, ...answerFor(latest, g.id) })),
        barriers: latest.barriers,
        supportNeeded: latest.supportNeeded,
        learningAction: latest.learningAction,
        submittedAt: new Date().toISOString(),
      },
      { kind: 'checkin' },
    );
  };

  const fieldPaths = new Set<string>(QUESTIONS);
  view.goals.forEach((_, i) => ['confidence', 'progressNote'].forEach((f) => fieldPaths.add(`goals.${i}.${f}`)));
  const { monday, sunday } = weekDays(week);

  return (
    <form ref={formRef} part="card" class="card" noValidate onSubmit={onSubmit}>
      <p class="week muted">
        {t('checkin.week', { week: Number(week.slice(6)) })}
        <time dateTime={monday.toISOString().slice(0, 10)}>{dayMonth.format(monday)}</time> –{' '}
        <time dateTime={sunday.toISOString().slice(0, 10)}>{dayMonth.format(sunday)}</time>
        {view.checkIn && t('checkin.checkedIn', { date: new Date(view.checkIn.submittedAt).toLocaleDateString(lang) })}
      </p>
      {view.goals.length === 0 && <p class="muted">{t('checkin.noGoals')}</p>}
      {view.goals.map((goal, i) => {
        const { confidence, progressNote } = answerFor(a, goal.id);
        const ids = { confidence: `confidence-${goal.id}`, note: `note-${goal.id}` };
        return (
          <fieldset key={goal.id} class="goal">
            <legend>{goal.title}</legend>
            <Field id={ids.confidence} label={t('checkin.confidence')} hint={t('checkin.confidenceHint')} error={errors[`goals.${i}.confidence`]}>
              {(control) => (
                <div class="confidence">
                  <input
                    {...control}
                    part="input"
                    type="range"
                    min={0}
                    max={10}
                    step={1}
                    value={confidence}
                    aria-valuetext={t('checkin.confidenceValue', { confidence, word: confidenceWord(i18n, confidence) })}
                    onInput={(e) => setGoal(goal.id, { confidence: Number(e.currentTarget.value) })}
                  />
                  <output for={ids.confidence} aria-hidden="true">
                    {confidence}/10 · {confidenceWord(i18n, confidence)}
                  </output>
                </div>
              )}
            </Field>
            <Field id={ids.note} label={t('checkin.progressNote')} hint={t('checkin.optional')} error={errors[`goals.${i}.progressNote`]}>
              {(control) => <textarea {...control} part="input" value={progressNote} onInput={(e) => setGoal(goal.id, { progressNote: e.currentTarget.value })} />}
            </Field>
          </fieldset>
        );
      })}
      {QUESTIONS.map((q) => (
        <Field key={q} id={q} label={t(`checkin.${q}`)} hint={t(`checkin.${q}Hint`)} error={errors[q]}>
          {(control) => <textarea {...control} part="input" value={a[q]} onInput={(e) => (answers.value = { ...answers.value, [q]: e.currentTarget.value })} />}
        </Field>
      ))}
      <div class="actions">
        <button type="submit" part="button" class="primary" disabled={submission.phase.value === 'saving'}>
          {t(view.checkIn ? 'checkin.update' : 'checkin.submit')}
        </button>
      </div>
      <SubmitStatus client={client} submission={submission} isFieldPath={(path) => fieldPaths.has(path)} />
    </form>
  );
}

export function CheckInWidget({ client, host, week }: WidgetProps<typeof checkInAttributes>) {
  const { t } = useWidgetI18n();
  const chosen = week ?? isoWeek(new Date());
  const schemas = useFormSchemas();
  const valid = schemas.status === 'ready' && schemas.data.isIsoWeek(chosen);
  const me = useWatch(client, 'me', {});
  const view = useWatch(client, 'checkIn', valid ? { week: chosen } : null);

  if (schemas.status === 'ready' && !valid) return <p role="alert" class="error">{t('checkin.badWeek', { week: chosen })}</p>;
  for (const state of [schemas, me, view]) if (state.status === 'error') return <p role="alert" class="error">{t('checkin.loadFailed', { reason: state.message })}</p>;
  if (schemas.status !== 'ready' || me.status !== 'ready' || view.status !== 'ready') return <Skeleton label={t('checkin.loading')} />;
  if (!me.data) return <p class="muted">{t('checkin.signIn')}</p>;
  // Keyed by person and week: a different week starts from that week's saved answers.
  return <CheckInForm key={`${me.data.id}:${chosen}`} client={client} schemas={schemas.data} host={host} me={me.data} week={chosen} view={view.data} />;
}

export const widget: Widget<typeof checkInAttributes> = { Component: CheckInWidget, css: CSS };
