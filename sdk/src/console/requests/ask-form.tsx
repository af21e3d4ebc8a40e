/**
 * Ask named people for feedback about someone (oneself, or someone in one's chain; admins
 * anyone), with a question and an optional due date. One `feedbackRequest.create` per person
 * asked: a local write first, so it works offline and shows under "Your requests" at once.
 */
import { useState } from 'preact/hooks';
import type { Person } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field, FieldError } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { t } from '../../i18n/console/i18n';
import { askableSubjects } from '../manager-chain';
import { useClient } from '../use-query';

/** How many matching names the picker lists; typing narrows it. */
const PICKER_LIMIT = 12;

export function AskForm({ me, people }: { me: Person; people: readonly Person[] }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const subjects = askableSubjects(me, people);
  const candidates = people.filter((p) => p.active && p.id !== me.id).sort((a, b) => a.name.localeCompare(b.name));
  const needle = filter.trim().toLowerCase();
  const matches = candidates.filter((p) => chosen.includes(p.id) || !needle || p.name.toLowerCase().includes(needle) || p.email.toLowerCase().includes(needle));
  const shown = [...matches.filter((p) => chosen.includes(p.id)), ...matches.filter((p) => !chosen.includes(p.id)).slice(0, PICKER_LIMIT)];
  const toggle = (id: string, on: boolean) => setChosen((now) => (on ? [...now, id] : now.filter((x) => x !== id)));

  const ask = (event: Event) => {
    const field = formFields(event);
    void run(async () => {
      if (chosen.length === 0) throw Object.assign(new Error(t('requests.pickSomeone')), { issues: [{ path: 'recipientId', message: t('requests.pickSomeoneIssue') }] });
      const subjectId = field('subjectId') || me.id;
      for (const recipientId of chosen) {
        await client.mutate('feedbackRequest.create', { id: uuidv7(), recipientId, subjectId, prompt: field('prompt'), dueOn: field('dueOn') || null });
      }
      (event.target as HTMLFormElement).reset();
      setChosen([]);
      setFilter('');
    });
  };

  return (
    <form class="form ask-form" onSubmit={ask} noValidate>
      <Field id="ask-subject" label={t('requests.about')} error={errors.subjectId}>
        {(p) => (
          <select {...p} name="subjectId">
            {subjects.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id === me.id ? t('requests.aboutMe', { name: me.name }) : s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset class="field picker" aria-describedby={errors.recipientId ? 'ask-recipients-error' : 'ask-recipients-hint'}>
        <legend>{t('requests.whom')}</legend>
        <label for="ask-filter" class="hint" id="ask-recipients-hint">
          {t('requests.filter')}
        </label>
        <input id="ask-filter" type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} autocomplete="off" />
        <div class="choices">
          {shown.map((p) => (
            <label key={p.id}>
              <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
              <span>
                {p.name} <span class="muted">{p.title ?? p.email}</span>
              </span>
            </label>
          ))}
          {shown.length === 0 && <p class="muted">{t('requests.noMatch')}</p>}
        </div>
        <p class="muted" role="status">
          {t('requests.chosen', { count: chosen.length })}
        </p>
        <FieldError id="ask-recipients" label={t('requests.whom')} error={errors.recipientId} />
      </fieldset>
      <Field id="ask-prompt" label={t('requests.question')} hint={t('requests.questionHint')} error={errors.prompt}>
        {(p) => <textarea {...p} name="prompt" rows={3} required />}
      </Field>
      <Field id="ask-due" label={`${t('requests.dueOn')} ${t('common.optional')}`} error={errors.dueOn}>
        {(p) => <input {...p} name="dueOn" type="date" />}
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={status === 'saving'}>
          {t('requests.ask')}
        </button>
      </div>
      <SubmitStatusLine status={status} problem={problem} />
    </form>
  );
}
