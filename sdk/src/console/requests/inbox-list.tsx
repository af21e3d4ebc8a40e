/**
 * Requests asked of the viewer, due and overdue first, each answered in place: the answer is
 * `feedback.create` with the request's id, so the server links the feedback to the request and
 * marks it answered. It must be visible to the requester, so "only me" is not offered.
 */
import { useState } from 'preact/hooks';
import type { FeedbackKind, FeedbackVisibility } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { formatDay, t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';
import type { InboxItem } from './inbox';

const KINDS: readonly FeedbackKind[] = ['praise', 'coaching', 'observation'];
const VISIBILITIES = ['subject', 'manager', 'org'] as const satisfies readonly FeedbackVisibility[];

function DueLine({ item }: { item: InboxItem }) {
  const { dueOn } = item.request;
  if (dueOn === null) return <span class="muted">{t('requests.noDue')}</span>;
  if (item.overdue) return <span class="state late">{t('requests.overdue', { date: formatDay(dueOn) })}</span>;
  if (item.dueToday) return <span class="state due">{t('requests.dueToday')}</span>;
  return <span class="muted">{t('requests.due', { date: formatDay(dueOn) })}</span>;
}

function AnswerForm({ item, onDone }: { item: InboxItem; onDone: () => void }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const id = (name: string) => `answer-${item.request.id}-${name}`;
  const answer = (event: Event) => {
    const field = formFields(event);
    void run(async () => {
      await client.mutate('feedback.create', {
        id: uuidv7(),
        subjectId: item.request.subjectId,
        kind: (field('kind') || 'observation') as FeedbackKind,
        body: field('body'),
        visibility: (field('visibility') || 'subject') as FeedbackVisibility,
        requestId: item.request.id,
        createdAt: new Date().toISOString(),
      });
      onDone();
    });
  };
  return (
    <form class="form answer" onSubmit={answer} noValidate>
      <fieldset class="choices">
        <legend>{t('requests.kind')}</legend>
        {KINDS.map((kind, i) => (
          <label key={kind}>
            <input type="radio" name="kind" value={kind} defaultChecked={i === 0} />
            {t(`feedback.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <Field id={id('body')} label={t('requests.answer')} error={errors.body}>
        {(p) => <textarea {...p} name="body" rows={4} required />}
      </Field>
      <Field id={id('visibility')} label={t('requests.visibility')} hint={t('requests.visibilityHint')} error={errors.visibility}>
        {(p) => (
          <select {...p} name="visibility">
            {VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {t(`requests.visibility.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={status === 'saving'}>
          {t('requests.sendAnswer')}
        </button>
        <button type="button" onClick={onDone}>
          {t('requests.notNow')}
        </button>
      </div>
      <SubmitStatusLine status={status} problem={problem} />
    </form>
  );
}

function InboxEntry({ item }: { item: InboxItem }) {
  const [answering, setAnswering] = useState(false);
  const { request, requester, subject } = item;
  const aboutThemselves = request.subjectId === request.requesterId;
  return (
    <li data-nav-item tabIndex={-1} class={item.overdue ? 'overdue' : undefined}>
      <p class="meta">
        {aboutThemselves
          ? t('requests.asksAboutThemselves', { requester: requester?.name ?? '?' })
          : t('requests.asksAbout', { requester: requester?.name ?? '?', subject: subject?.name ?? '?' })}{' '}
        · <DueLine item={item} />
      </p>
      <p class="body">{request.prompt}</p>
      {answering ? (
        <AnswerForm item={item} onDone={() => setAnswering(false)} />
      ) : (
        <button type="button" onClick={() => setAnswering(true)} aria-label={t('requests.answerFor', { requester: requester?.name ?? '?' })}>
          {t('requests.answerButton')}
        </button>
      )}
    </li>
  );
}

export function InboxList({ items }: { items: readonly InboxItem[] }) {
  if (items.length === 0) return <p class="muted">{t('requests.inboxEmpty')}</p>;
  return (
    <ul class="feedback requests" data-nav-list>
      {items.map((item) => (
        <InboxEntry key={item.request.id} item={item} />
      ))}
    </ul>
  );
}
