/**
 * `<sightline-feedback subject="<personId>" goal="<goalId>" context='<RecordContext JSON>'>`
 * (each also a property; `context` may be set as an object): give praise, coaching, an
 * observation or a self-reflection, optionally tied to a goal and skills, with an explicit
 * audience. Unsent text is kept as a draft per signed-in person, subject and host record.
 */
import { useRef, useState } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { uuidv7 } from '../model/uuid';
import type { Goal, Person, Skill, RecordContext, FeedbackKind as Kind, FeedbackVisibility as Visibility } from '../model';
import type { GoalNode, SightlineClient } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { feedbackAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { Field, FieldError } from './field';
import { RADIO_GROUP_CSS, RadioGroup } from './radio-group';
import { PERSON_PICKER_CSS, PersonPicker } from './person-picker';
import { SubmitStatus, useSubmission } from './submission';
import { loadDraft, useDraft } from './draft';
import { describeRecord } from './format';
import { useFormSchemas, type FormSchemas } from './use-form-schemas';
import type { FeedbackDraft as Draft } from './form-schemas';
import { useWidgetI18n, type WidgetTranslator } from '../i18n/widgets/i18n';

const CSS = `
form { display: grid; }
textarea { width: 100%; min-height: 6em; resize: vertical; }
select { max-width: 100%; min-width: 0; } /* a long goal title must not widen the host page */
.skills { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5); }
.linked { margin: 0 0 calc(var(--_space) * 1.5); overflow-wrap: anywhere; }
.actions { display: flex; align-items: center; gap: var(--_space); }
.status { margin: var(--_space) 0 0; min-height: 1.45em; }
`;

/** The kinds in the model's order; each has `feedback.kind.<kind>` words (label, `.description`, `.hint`). */
const KINDS: Record<Kind, true> = { praise: true, coaching: true, observation: true, self: true };

/** Who will see it, in the words of the person choosing (before anyone is chosen, "the person"). */
export function audienceOf({ t }: WidgetTranslator, visibility: Visibility, subjectName: string | null, self: boolean): string {
  // The name also starts a sentence (`{Name}`), where the stand-in needs a capital.
  const names = subjectName ? { name: subjectName, Name: subjectName } : { name: t('feedback.thePerson'), Name: t('feedback.ThePerson') };
  switch (visibility) {
    case 'private':
      return t('feedback.audience.private');
    case 'manager':
      return self ? t('feedback.audience.managerSelf') : t('feedback.audience.manager', names);
    case 'subject':
      // About yourself, sharing with the subject adds nobody: say so rather than repeat the line above.
      return self ? t('feedback.audience.subjectSelf') : t('feedback.audience.subject', names);
    case 'org':
      // Not "public recognition": coaching and observations may be shared this widely too.
      return t('feedback.audience.org');
  }
}

/** The visibilities in the model's order; each choice's label is `feedback.visibility.<visibility>`. */
const VISIBILITIES: Record<Visibility, true> = { private: true, manager: true, subject: true, org: true };

// The choices in the model's order, from the Record types above (which make sure none is
// missing) rather than the model's enums, which would bring zod into the widget entry.
const KIND_CHOICES = Object.keys(KINDS) as Kind[];
const VISIBILITY_CHOICES = Object.keys(VISIBILITIES) as Visibility[];

const draftKey = (meId: string, subject: string | null, context: RecordContext | null) =>
  ['sightline:draft:feedback', meId, subject ?? '-', context ? `${context.tool}:${context.recordType}:${context.recordId}` : '-'].join(':');

function flatten(nodes: readonly GoalNode[]): Goal[] {
  return nodes.flatMap((n) => [n.goal, ...flatten(n.children)]);
}

/** Goals worth offering: the subject's own, their team's and company-wide ones, plus any preset. */
function goalChoices(all: readonly Goal[], subject: Person | null, preset: string | null): Goal[] {
  return all.filter(
    (g) => g.id === preset || !subject || g.level === 'org' || g.ownerId === subject.id || (g.teamId !== null && g.teamId === subject.teamId),
  );
}

const FIELD_PATHS = new Set(['kind', 'subjectId', 'body', 'goalId', 'skillIds', 'visibility']);

interface FormProps {
  client: SightlineClient;
  schemas: FormSchemas;
  host: HTMLElement;
  me: Person;
  people: Person[];
  skills: Skill[];
  goals: Goal[];
  storageKey: string;
  defaults: Draft;
  context: RecordContext | null;
  contextProblem: string | null;
}

function FeedbackForm({ client, schemas, host, me, people, skills, goals, storageKey, defaults, context, contextProblem }: FormProps) {
  const [restored] = useState(() => loadDraft(storageKey, schemas.FeedbackDraft) ?? defaults);
  const draft = useSignal<Draft>(restored);
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(client, schemas, host, formRef);
  const i18n = useWidgetI18n();
  const { t } = i18n;
  const saved = useDraft(storageKey, draft, (x) => x.body.trim() === '');

  const d = draft.value;
  const set = (patch: Partial<Draft>) => (draft.value = { ...draft.value, ...patch });
  const self = d.kind === 'self';
  const subject = self ? me : (people.find((p) => p.id === d.subjectId) ?? null);
  const errors = submission.errors.value;

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const latest = draft.value; // not the render's copy: the last keystroke may not have rendered yet
    const subjectId = latest.kind === 'self' ? me.id : latest.subjectId;
    const ok = await submission.submit(
      'feedback.create',
      {
        id: uuidv7(),
        subjectId: subjectId ?? '',
        kind: latest.kind,
        body: latest.body,
        goalId: latest.goalId,
        skillIds: latest.skillIds,
        visibility: latest.visibility,
        context,
        requestId: null,
        createdAt: new Date().toISOString(),
      },
      { kind: latest.kind, checks: subjectId ? [] : [{ path: 'subjectId', message: t('feedback.required') }] },
    );
    if (ok) {
      saved.clear();
      draft.value = defaults;
    }
  };

  return (
    <form ref={formRef} part="card" class="card" noValidate onSubmit={onSubmit}>
      <RadioGroup
        name="kind"
        legend={t('feedback.kindLegend')}
        options={KIND_CHOICES.map((k) => ({ value: k, label: t(`feedback.kind.${k}`), description: t(`feedback.kind.${k}.description`) }))}
        value={d.kind}
        onChange={(kind) => set({ kind })}
        error={errors.kind}
      />
      {!self && (
        <PersonPicker
          id="subject"
          label={t('feedback.person')}
          hint={t('feedback.personHint')}
          people={people.filter((p) => p.id !== me.id)}
          value={d.subjectId}
          onChange={(subjectId) => set({ subjectId })}
          error={errors.subjectId}
        />
      )}
      <Field id="body" label={t('feedback.body')} hint={t(`feedback.kind.${d.kind}.hint`)} error={errors.body}>
        {(control) => <textarea {...control} part="input" value={d.body} onInput={(e) => set({ body: e.currentTarget.value })} />}
      </Field>
      <Field id="goal" label={t('feedback.goal')} error={errors.goalId}>
        {(control) => (
          <select {...control} part="input" value={d.goalId ?? ''} onChange={(e) => set({ goalId: e.currentTarget.value || null })}>
            <option value="">{t('feedback.noGoal')}</option>
            {goalChoices(goals, subject, d.goalId).map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {skills.length > 0 && (
        <fieldset aria-describedby={errors.skillIds ? 'skills-error' : undefined}>
          <legend>{t('feedback.skills')}</legend>
          <div class="skills">
            {skills.map((s) => (
              <label key={s.id}>
                <input
                  type="checkbox"
                  part="input"
                  checked={d.skillIds.includes(s.id)}
                  onChange={(e) => set({ skillIds: e.currentTarget.checked ? [...d.skillIds, s.id] : d.skillIds.filter((id) => id !== s.id) })}
                />{' '}
                {s.name}
              </label>
            ))}
          </div>
          <FieldError id="skills" label={t('feedback.skillsError')} error={errors.skillIds} />
        </fieldset>
      )}
      <RadioGroup
        name="visibility"
        legend={t('feedback.visibilityLegend')}
        options={VISIBILITY_CHOICES.map((v) => ({ value: v, label: t(`feedback.visibility.${v}`), description: audienceOf(i18n, v, subject?.name ?? null, self) }))}
        value={d.visibility}
        onChange={(visibility) => set({ visibility })}
        error={errors.visibility}
      />
      {context && <p class="linked muted">{t('feedback.linked', { record: describeRecord(context) })}</p>}
      {contextProblem && <p class="linked hint">{t('feedback.notLinked', { reason: contextProblem })}</p>}
      <div class="actions">
        <button type="submit" part="button" class="primary" disabled={submission.phase.value === 'saving'}>
          {t(d.visibility === 'private' ? 'feedback.saveNote' : 'feedback.send')}
        </button>
      </div>
      <SubmitStatus client={client} submission={submission} isFieldPath={(path) => FIELD_PATHS.has(path)} />
    </form>
  );
}

export function FeedbackWidget({ client, host, subject, goal, context }: WidgetProps<typeof feedbackAttributes>) {
  const { t } = useWidgetI18n();
  const me = useWatch(client, 'me', {});
  const people = useWatch(client, 'people', {});
  const skills = useWatch(client, 'skills', {});
  const goals = useWatch(client, 'goalTree', {});
  const schemas = useFormSchemas();

  for (const state of [me, people, schemas]) if (state.status === 'error') return <p role="alert" class="error">{t('feedback.loadFailed', { reason: state.message })}</p>;
  if (me.status !== 'ready' || people.status !== 'ready' || schemas.status !== 'ready') return <Skeleton label={t('feedback.loading')} />;
  if (!me.data) return <p class="muted">{t('feedback.signIn')}</p>;

  const linked = schemas.data.parseContext(context);
  const storageKey = draftKey(me.data.id, subject, linked.context);
  const defaults: Draft = { kind: 'praise', subjectId: subject, body: '', goalId: goal, skillIds: [], visibility: 'subject' };
  return (
    <FeedbackForm
      key={storageKey}
      client={client}
      schemas={schemas.data}
      host={host}
      me={me.data}
      people={people.data}
      skills={skills.status === 'ready' ? skills.data : []}
      goals={goals.status === 'ready' ? flatten(goals.data) : []}
      storageKey={storageKey}
      defaults={defaults}
      context={linked.context}
      contextProblem={linked.problem}
    />
  );
}

export const widget: Widget<typeof feedbackAttributes> = { Component: FeedbackWidget, css: PERSON_PICKER_CSS + RADIO_GROUP_CSS + CSS };
