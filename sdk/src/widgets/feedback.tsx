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

const CSS = `
form { display: grid; }
textarea { width: 100%; min-height: 6em; resize: vertical; }
select { max-width: 100%; min-width: 0; } /* a long goal title must not widen the host page */
.skills { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5); }
.linked { margin: 0 0 calc(var(--_space) * 1.5); overflow-wrap: anywhere; }
.actions { display: flex; align-items: center; gap: var(--_space); }
.status { margin: var(--_space) 0 0; min-height: 1.45em; }
`;

const KINDS: Record<Kind, { label: string; description: string; bodyHint: string }> = {
  praise: { label: 'Praise', description: 'Recognise something done well.', bodyHint: 'Say what they did and why it mattered.' },
  coaching: {
    label: 'Coaching',
    description: 'Suggest something to do differently.',
    bodyHint: 'Describe the situation, what happened and its impact, then what could work better.',
  },
  observation: { label: 'Observation', description: 'Note what you saw, without a judgement.', bodyHint: 'Stick to what happened and when.' },
  self: { label: 'Self-reflection', description: 'About your own work.', bodyHint: 'What went well, what you would change, what you learned.' },
};

/** Who will see it, in the words of the person choosing (before anyone is chosen, "the person"). */
export function audienceOf(visibility: Visibility, subjectName: string | null, self: boolean): string {
  // The name also starts a sentence, where the stand-in needs a capital.
  const [name, nameFirst] = subjectName ? [subjectName, subjectName] : ['the person', 'The person'];
  switch (visibility) {
    case 'private':
      return 'Only you. A private note.';
    case 'manager':
      return self ? 'You and your managers.' : `You and ${name}'s managers. ${nameFirst} will not see it.`;
    case 'subject':
      // About yourself, sharing with the subject adds nobody: say so rather than repeat the line above.
      return self ? 'You and your managers, the same as Managers only.' : `You, ${name} and ${name}'s managers.`;
    case 'org':
      // Not "public recognition": coaching and observations may be shared this widely too.
      return 'Everyone in your organisation.';
  }
}

const VISIBILITY_LABEL: Record<Visibility, string> = { private: 'Private', manager: 'Managers only', subject: 'Shared with them', org: 'Everyone' };

// The choices in the model's order, from the Record types above (which make sure none is
// missing) rather than the model's enums, which would bring zod into the widget entry.
const KIND_CHOICES = Object.keys(KINDS) as Kind[];
const VISIBILITY_CHOICES = Object.keys(VISIBILITY_LABEL) as Visibility[];

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
      { kind: latest.kind, checks: subjectId ? [] : [{ path: 'subjectId', message: 'is required' }] },
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
        legend="Kind of feedback"
        options={KIND_CHOICES.map((k) => ({ value: k, label: KINDS[k].label, description: KINDS[k].description }))}
        value={d.kind}
        onChange={(kind) => set({ kind })}
        error={errors.kind}
      />
      {!self && (
        <PersonPicker
          id="subject"
          label="Person"
          hint="Who the feedback is about. Type to search."
          people={people.filter((p) => p.id !== me.id)}
          value={d.subjectId}
          onChange={(subjectId) => set({ subjectId })}
          error={errors.subjectId}
        />
      )}
      <Field id="body" label="Feedback" hint={KINDS[d.kind].bodyHint} error={errors.body}>
        {(control) => <textarea {...control} part="input" value={d.body} onInput={(e) => set({ body: e.currentTarget.value })} />}
      </Field>
      <Field id="goal" label="Related goal (optional)" error={errors.goalId}>
        {(control) => (
          <select {...control} part="input" value={d.goalId ?? ''} onChange={(e) => set({ goalId: e.currentTarget.value || null })}>
            <option value="">None</option>
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
          <legend>Skills shown (optional)</legend>
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
          <FieldError id="skills" label="Skills" error={errors.skillIds} />
        </fieldset>
      )}
      <RadioGroup
        name="visibility"
        legend="Who can see this"
        options={VISIBILITY_CHOICES.map((v) => ({ value: v, label: VISIBILITY_LABEL[v], description: audienceOf(v, subject?.name ?? null, self) }))}
        value={d.visibility}
        onChange={(visibility) => set({ visibility })}
        error={errors.visibility}
      />
      {context && <p class="linked muted">Linked to: {describeRecord(context)}</p>}
      {contextProblem && <p class="linked hint">Not linked to this page's record: {contextProblem}</p>}
      <div class="actions">
        <button type="submit" part="button" class="primary" disabled={submission.phase.value === 'saving'}>
          {d.visibility === 'private' ? 'Save note' : 'Send feedback'}
        </button>
      </div>
      <SubmitStatus client={client} submission={submission} isFieldPath={(path) => FIELD_PATHS.has(path)} />
    </form>
  );
}

export function FeedbackWidget({ client, host, subject, goal, context }: WidgetProps<typeof feedbackAttributes>) {
  const me = useWatch(client, 'me', {});
  const people = useWatch(client, 'people', {});
  const skills = useWatch(client, 'skills', {});
  const goals = useWatch(client, 'goalTree', {});
  const schemas = useFormSchemas();

  for (const state of [me, people, schemas]) if (state.status === 'error') return <p role="alert" class="error">Could not load: {state.message}</p>;
  if (me.status !== 'ready' || people.status !== 'ready' || schemas.status !== 'ready') return <Skeleton label="Loading feedback form…" />;
  if (!me.data) return <p class="muted">Sign in to Sightline to give feedback.</p>;

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
