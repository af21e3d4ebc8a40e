/**
 * `<sightline-requests>`: the viewer's inbox of feedback requests, soonest due first, each
 * with who asks, about whom, the question and its due date; "Answer" opens a form in place.
 * The answer is `feedback.create` with the request's id, saved on this device first (so it
 * works offline) and synced; the server then marks the request answered and links the two.
 * An answer is visible to the subject and their managers, so the requester can always read it.
 */
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { uuidv7 } from '../model/uuid';
import type { FeedbackKind } from '../model';
import type { RequestView, SightlineClient } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { requestsAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { Field } from './field';
import { SubmitStatus, useSubmission, type Submission } from './submission';
import { formatDay } from './format';
import { useFormSchemas, type FormSchemas } from './use-form-schemas';

const CSS = `
.requests { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
.asker, .prompt, .due { margin: 0; overflow-wrap: anywhere; }
.prompt { font-style: italic; }
.due.overdue { color: var(--_off-track); font-weight: 600; }
form { display: grid; }
textarea { width: 100%; min-height: 5em; resize: vertical; }
.actions { display: flex; align-items: center; gap: var(--_space); }
.status { margin: var(--_space) 0 0; min-height: 1.45em; }
`;

/** Every sentence this widget shows, in one place for the message catalog. */
const STRINGS = {
  loading: 'Loading requests…',
  signIn: 'Sign in to Sightline to see the feedback asked of you.',
  couldNotLoad: (message: string) => `Could not load the requests: ${message}`,
  empty: 'Nobody is waiting for feedback from you. Requests asked of you will show here.',
  listLabel: 'Feedback requests asked of you',
  asksAboutThemselves: (requester: string) => `${requester} asks for feedback about their work`,
  asksAbout: (requester: string, subject: string) => `${requester} asks for feedback about ${subject}`,
  someone: 'A colleague',
  due: (day: string) => `Due ${day}`,
  overdue: (day: string) => `Overdue since ${day}`,
  noDueDate: 'No due date',
  answer: 'Answer',
  cancel: 'Not now',
  kindLegend: 'Kind of feedback',
  bodyLabel: 'Your answer',
  bodyHint: (audience: string) => `${audience} and their managers will see it.`,
  send: 'Send answer',
} as const;

const ANSWER_KINDS = {
  praise: 'Praise: something done well',
  coaching: 'Coaching: something to do differently',
  observation: 'Observation: what you saw, without a judgement',
} as const satisfies Partial<Record<FeedbackKind, string>>;
type AnswerKind = keyof typeof ANSWER_KINDS;
const KIND_CHOICES = Object.keys(ANSWER_KINDS) as AnswerKind[];

const FIELD_PATHS = new Set(['kind', 'body']);

function Asker({ view }: { view: RequestView }) {
  const requester = view.requester?.name ?? STRINGS.someone;
  const aboutThemselves = view.request.subjectId === view.request.requesterId;
  return <p class="asker">{aboutThemselves ? STRINGS.asksAboutThemselves(requester) : STRINGS.asksAbout(requester, view.subject?.name ?? STRINGS.someone)}</p>;
}

function DueDate({ view }: { view: RequestView }) {
  const { dueOn } = view.request;
  if (!dueOn) return <p class="due muted">{STRINGS.noDueDate}</p>;
  return <p class={view.overdue ? 'due overdue' : 'due muted'}>{view.overdue ? STRINGS.overdue(formatDay(dueOn)) : STRINGS.due(formatDay(dueOn))}</p>;
}

interface AnswerFormProps {
  view: RequestView;
  submission: Submission;
  formRef: RefObject<HTMLFormElement | null>;
  onClose: () => void;
}

function AnswerForm({ view, submission, formRef, onClose }: AnswerFormProps) {
  const kind = useSignal<AnswerKind>('praise');
  const body = useSignal('');
  const errors = submission.errors.value;
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const { request } = view;
    const ok = await submission.submit(
      'feedback.create',
      { id: uuidv7(), subjectId: request.subjectId, kind: kind.value, body: body.value, visibility: 'subject', requestId: request.id, createdAt: new Date().toISOString() },
      { kind: kind.value },
    );
    if (ok) onClose();
  };
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label={STRINGS.answer}>
      <Field id="kind" label={STRINGS.kindLegend} error={errors.kind}>
        {(control) => (
          <select {...control} part="input" value={kind.value} onChange={(e) => (kind.value = e.currentTarget.value as AnswerKind)}>
            {KIND_CHOICES.map((k) => (
              <option key={k} value={k}>
                {ANSWER_KINDS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="body" label={STRINGS.bodyLabel} hint={STRINGS.bodyHint(view.subject?.name ?? STRINGS.someone)} error={errors.body}>
        {(control) => <textarea {...control} part="input" value={body.value} onInput={(e) => (body.value = e.currentTarget.value)} />}
      </Field>
      <div class="actions">
        <button type="submit" part="button" class="primary" disabled={submission.phase.value === 'saving'}>
          {STRINGS.send}
        </button>
        <button type="button" part="button" onClick={onClose}>
          {STRINGS.cancel}
        </button>
      </div>
    </form>
  );
}

function Inbox({ client, schemas, host, items }: { client: SightlineClient; schemas: FormSchemas; host: HTMLElement; items: RequestView[] }) {
  const answering = useSignal<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // One submission for the widget: its status stays after the answered request leaves the list.
  const submission = useSubmission(client, schemas, host, formRef);
  return (
    <div>
      {items.length === 0 ? (
        <p class="muted">{STRINGS.empty}</p>
      ) : (
        <ul class="requests" aria-label={STRINGS.listLabel}>
          {items.map((view) => (
            <li key={view.request.id} part="card" class="card">
              <Asker view={view} />
              <p class="prompt">{view.request.prompt}</p>
              <DueDate view={view} />
              {answering.value === view.request.id ? (
                <AnswerForm view={view} submission={submission} formRef={formRef} onClose={() => (answering.value = null)} />
              ) : (
                <div class="actions">
                  <button type="button" part="button" onClick={() => (answering.value = view.request.id)}>
                    {STRINGS.answer}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <SubmitStatus client={client} submission={submission} isFieldPath={(path) => FIELD_PATHS.has(path)} />
    </div>
  );
}

export function Requests({ client, host }: WidgetProps<typeof requestsAttributes>) {
  const me = useWatch(client, 'me', {});
  const requests = useWatch(client, 'requests', {});
  const schemas = useFormSchemas();
  for (const state of [me, requests, schemas]) if (state.status === 'error') return <p role="alert" class="error">{STRINGS.couldNotLoad(state.message)}</p>;
  if (me.status !== 'ready' || requests.status !== 'ready' || schemas.status !== 'ready') return <Skeleton label={STRINGS.loading} />;
  if (!me.data) return <p class="muted">{STRINGS.signIn}</p>;
  return <Inbox client={client} schemas={schemas.data} host={host} items={requests.data} />;
}

export const widget: Widget<typeof requestsAttributes> = { Component: Requests, css: CSS };
