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
import { useWidgetI18n } from '../i18n/widgets/i18n';

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

/** The kinds an answer may be; each choice's label is `requests.kind.<kind>`. */
const ANSWER_KINDS = { praise: true, coaching: true, observation: true } as const satisfies Partial<Record<FeedbackKind, true>>;
type AnswerKind = keyof typeof ANSWER_KINDS;
const KIND_CHOICES = Object.keys(ANSWER_KINDS) as AnswerKind[];

const FIELD_PATHS = new Set(['kind', 'body']);

function Asker({ view }: { view: RequestView }) {
  const { t } = useWidgetI18n();
  const requester = view.requester?.name ?? t('requests.someoneAsks');
  const aboutThemselves = view.request.subjectId === view.request.requesterId;
  return (
    <p class="asker">
      {aboutThemselves
        ? t('requests.asksAboutThemselves', { requester })
        : t('requests.asksAbout', { requester, subject: view.subject?.name ?? t('requests.aboutSomeone') })}
    </p>
  );
}

function DueDate({ view }: { view: RequestView }) {
  const { t, lang } = useWidgetI18n();
  const { dueOn } = view.request;
  if (!dueOn) return <p class="due muted">{t('requests.noDueDate')}</p>;
  const day = formatDay(dueOn, lang);
  return <p class={view.overdue ? 'due overdue' : 'due muted'}>{view.overdue ? t('requests.overdue', { day }) : t('requests.due', { day })}</p>;
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
  const { t } = useWidgetI18n();
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
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label={t('requests.answer')}>
      <Field id="kind" label={t('feedback.kindLegend')} error={errors.kind}>
        {(control) => (
          <select {...control} part="input" value={kind.value} onChange={(e) => (kind.value = e.currentTarget.value as AnswerKind)}>
            {KIND_CHOICES.map((k) => (
              <option key={k} value={k}>
                {t(`requests.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="body"
        label={t('requests.body')}
        hint={view.subject ? t('requests.bodyHint', { name: view.subject.name }) : t('requests.bodyHintSomeone')}
        error={errors.body}
      >
        {(control) => <textarea {...control} part="input" value={body.value} onInput={(e) => (body.value = e.currentTarget.value)} />}
      </Field>
      <div class="actions">
        <button type="submit" part="button" class="primary" disabled={submission.phase.value === 'saving'}>
          {t('requests.send')}
        </button>
        <button type="button" part="button" onClick={onClose}>
          {t('requests.cancel')}
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
  const { t } = useWidgetI18n();
  return (
    <div>
      {items.length === 0 ? (
        <p class="muted">{t('requests.empty')}</p>
      ) : (
        <ul class="requests" aria-label={t('requests.label')}>
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
                    {t('requests.answer')}
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
  const { t } = useWidgetI18n();
  for (const state of [me, requests, schemas]) if (state.status === 'error') return <p role="alert" class="error">{t('requests.loadFailed', { reason: state.message })}</p>;
  if (me.status !== 'ready' || requests.status !== 'ready' || schemas.status !== 'ready') return <Skeleton label={t('requests.loading')} />;
  if (!me.data) return <p class="muted">{t('requests.signIn')}</p>;
  return <Inbox client={client} schemas={schemas.data} host={host} items={requests.data} />;
}

export const widget: Widget<typeof requestsAttributes> = { Component: Requests, css: CSS };
