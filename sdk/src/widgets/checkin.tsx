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

export function confidenceWord(n: number): string {
  if (n <= 2) return 'very unlikely';
  if (n <= 4) return 'unlikely';
  if (n === 5) return 'unsure';
  if (n <= 7) return 'likely';
  return 'very likely';
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

const QUESTIONS = [
  { key: 'barriers', label: 'Barriers', hint: 'What is in your way?' },
  { key: 'supportNeeded', label: 'Support needed', hint: 'What would help, and from whom?' },
  { key: 'learningAction', label: 'Learning action', hint: 'One thing you will try or learn next week.' },
] as const;

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

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

  const fieldPaths = new Set<string>(QUESTIONS.map((q) => q.key));
  view.goals.forEach((_, i) => ['confidence', 'progressNote'].forEach((f) => fieldPaths.add(`goals.${i}.${f}`)));
  const { monday, sunday } = weekDays(week);

  return (
    <form ref={formRef} part="card" class="card" noValidate onSubmit={onSubmit}>
      <p class="week muted">
        Week {Number(week.slice(6))}, <time dateTime={monday.toISOString().slice(0, 10)}>{dayMonth.format(monday)}</time> –{' '}
        <time dateTime={sunday.toISOString().slice(0, 10)}>{dayMonth.format(sunday)}</time>
        {view.checkIn && ` · checked in ${new Date(view.checkIn.submittedAt).toLocaleDateString()}; submitting again updates it`}
      </p>
      {view.goals.length === 0 && <p class="muted">No active goals to rate this week.</p>}
      {view.goals.map((goal, i) => {
        const { confidence, progressNote } = answerFor(a, goal.id);
        const ids = { confidence: `confidence-${goal.id}`, note: `note-${goal.id}` };
        return (
          <fieldset key={goal.id} class="goal">
            <legend>{goal.title}</legend>
            <Field id={ids.confidence} label="Confidence" hint="0 = will not happen, 10 = certain." error={errors[`goals.${i}.confidence`]}>
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
                    aria-valuetext={`${confidence} of 10, ${confidenceWord(confidence)}`}
                    onInput={(e) => setGoal(goal.id, { confidence: Number(e.currentTarget.value) })}
                  />
                  <output for={ids.confidence} aria-hidden="true">
                    {confidence}/10 · {confidenceWord(confidence)}
                  </output>
                </div>
              )}
            </Field>
            <Field id={ids.note} label="Progress note" hint="Optional." error={errors[`goals.${i}.progressNote`]}>
              {(control) => <textarea {...control} part="input" value={progressNote} onInput={(e) => setGoal(goal.id, { progressNote: e.currentTarget.value })} />}
            </Field>
          </fieldset>
        );
      })}
      {QUESTIONS.map((q) => (
        <Field key={q.key} id={q.key} label={q.label} hint={q.hint} error={errors[q.key]}>
          {(control) => <textarea {...control} part="input" value={a[q.key]} onInput={(e) => (answers.value = { ...answers.value, [q.key]: e.currentTarget.value })} />}
        </Field>
      ))}
      <div class="actions">
        <button type="submit" part="button" class="primary" disabled={submission.phase.value === 'saving'}>
          {view.checkIn ? 'Update check-in' : 'Submit check-in'}
        </button>
      </div>
      <SubmitStatus client={client} submission={submission} isFieldPath={(path) => fieldPaths.has(path)} />
    </form>
  );
}

export function CheckInWidget({ client, host, week }: WidgetProps<typeof checkInAttributes>) {
  const chosen = week ?? isoWeek(new Date());
  const schemas = useFormSchemas();
  const valid = schemas.status === 'ready' && schemas.data.isIsoWeek(chosen);
  const me = useWatch(client, 'me', {});
  const view = useWatch(client, 'checkIn', valid ? { week: chosen } : null);

  if (schemas.status === 'ready' && !valid) return <p role="alert" class="error">The week attribute must be an ISO week like 2026-W47, not “{chosen}”.</p>;
  for (const state of [schemas, me, view]) if (state.status === 'error') return <p role="alert" class="error">Could not load the check-in: {state.message}</p>;
  if (schemas.status !== 'ready' || me.status !== 'ready' || view.status !== 'ready') return <Skeleton label="Loading check-in…" />;
  if (!me.data) return <p class="muted">Sign in to Sightline to check in.</p>;
  // Keyed by person and week: a different week starts from that week's saved answers.
  return <CheckInForm key={`${me.data.id}:${chosen}`} client={client} schemas={schemas.data} host={host} me={me.data} week={chosen} view={view.data} />;
}

export const widget: Widget<typeof checkInAttributes> = { Component: CheckInWidget, css: CSS };
