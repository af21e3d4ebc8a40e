/**
 * A person's development actions (course, mentoring, stretch assignment, practice): each with
 * its status, changed in place, and its effect once started; and a form adding one, linked to a
 * skill, a gap and a goal whose KPIs should move.
 */
import { useState } from 'preact/hooks';
import type { GoalNode } from '../../client';
import { DevelopmentActionKind, DevelopmentStatus, type DevelopmentAction, type Skill, type SkillGap } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { flattenTree, optionLabel } from '../goal-options';
import { formatDay, t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';
import { EffectView } from './effect-view';

const KINDS = DevelopmentActionKind.options;
const STATUSES = DevelopmentStatus.options;

function ActionItem({ action, skills }: { action: DevelopmentAction; skills: Skill[] }) {
  const client = useClient();
  const [showEffect, setShowEffect] = useState(false);
  const change = useSubmit();
  const id = `action-${action.id}`;
  return (
    <li data-nav-item tabIndex={-1}>
      <strong>{action.title}</strong> · {t(`development.kind.${action.kind}`)}
      {action.skillId && ` · ${skills.find((s) => s.id === action.skillId)?.name ?? ''}`}
      {action.startedOn && <span class="muted"> · {t('development.startedOn', { day: formatDay(action.startedOn) })}</span>}
      {action.dueOn && <span class="muted"> · {t('development.dueOn', { day: formatDay(action.dueOn) })}</span>}
      <div class="field inline">
        <label for={`${id}-status`}>{t('development.status')}</label>
        <select
          id={`${id}-status`}
          value={action.status}
          onChange={(e) => {
            const status = e.currentTarget.value as DevelopmentAction['status'];
            const startedOn = status === 'in_progress' && !action.startedOn ? new Date().toISOString().slice(0, 10) : undefined;
            void change.run(() => client.mutate('developmentAction.update', { id: action.id, patch: { status, ...(startedOn && { startedOn }) } }).then(() => undefined));
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`development.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <SubmitStatusLine status={change.status} problem={change.problem} />
      {action.startedOn && (
        <button type="button" aria-expanded={showEffect} onClick={() => setShowEffect(!showEffect)}>
          {t('development.showEffect')}
        </button>
      )}
      {showEffect && <EffectView actionId={action.id} version={action.version} />}
    </li>
  );
}

export function DevelopmentActions({ personId, actions, skills, gaps, goals }: { personId: string; actions: DevelopmentAction[]; skills: Skill[]; gaps: SkillGap[]; goals: GoalNode[] }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const skillName = (id: string) => skills.find((s) => s.id === id)?.name ?? '';
  const id = (name: string) => `action-new-${personId}-${name}`;

  const add = (event: Event) => {
    const field = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      await client.mutate('developmentAction.create', {
        id: uuidv7(),
        personId,
        title: field('title'),
        kind: field('kind') as DevelopmentAction['kind'],
        skillId: field('skillId') || null,
        skillGapId: field('skillGapId') || null,
        goalId: field('goalId') || null,
        status: field('status') as DevelopmentAction['status'],
        startedOn: field('startedOn') || null,
        dueOn: field('dueOn') || null,
      });
      form.reset();
    });
  };

  return (
    <section aria-labelledby={`actions-${personId}`}>
      <h2 id={`actions-${personId}`}>{t('development.actions')}</h2>
      {actions.length === 0 ? (
        <p class="muted">{t('development.noActions')}</p>
      ) : (
        <ul class="cards" data-nav-list>
          {actions.map((a) => (
            <ActionItem key={a.id} action={a} skills={skills} />
          ))}
        </ul>
      )}
      <h3>{t('development.addAction')}</h3>
      <form class="form" onSubmit={add} noValidate>
        <Field id={id('title')} label={t('development.actionTitle')} error={errors.title}>
          {(p) => <input {...p} name="title" required />}
        </Field>
        <div class="row">
          <Field id={id('kind')} label={t('development.kind')} error={errors.kind}>
            {(p) => (
              <select {...p} name="kind">
                {KINDS.map((k) => (
                  <option key={k} value={k} selected={k === 'practice'}>
                    {t(`development.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('status')} label={t('development.status')} error={errors.status}>
            {(p) => (
              <select {...p} name="status">
                {STATUSES.map((s) => (
                  <option key={s} value={s} selected={s === 'planned'}>
                    {t(`development.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div class="row">
          <Field id={id('skill')} label={`${t('development.skill')} ${t('common.optional')}`} error={errors.skillId}>
            {(p) => (
              <select {...p} name="skillId">
                <option value="">{t('common.none')}</option>
                {skills.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('gap')} label={`${t('development.gap')} ${t('common.optional')}`} error={errors.skillGapId}>
            {(p) => (
              <select {...p} name="skillGapId">
                <option value="">{t('common.none')}</option>
                {gaps.map((g) => (
                  <option key={g.id} value={g.id}>
                    {skillName(g.skillId)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id={id('goal')} label={`${t('development.goal')} ${t('common.optional')}`} hint={t('development.goalHint')} error={errors.goalId}>
          {(p) => (
            <select {...p} name="goalId">
              <option value="">{t('common.none')}</option>
              {flattenTree(goals).map((o) => (
                <option key={o.node.goal.id} value={o.node.goal.id}>
                  {optionLabel(o)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="row">
          <Field id={id('started')} label={`${t('development.started')} ${t('common.optional')}`} error={errors.startedOn}>
            {(p) => <input {...p} type="date" name="startedOn" />}
          </Field>
          <Field id={id('due')} label={`${t('goal.dueOn')} ${t('common.optional')}`} error={errors.dueOn}>
            {(p) => <input {...p} type="date" name="dueOn" />}
          </Field>
        </div>
        <button type="submit" class="primary" disabled={status === 'saving'}>
          {t('development.addAction')}
        </button>
        <SubmitStatusLine status={status} problem={problem} />
      </form>
    </section>
  );
}
