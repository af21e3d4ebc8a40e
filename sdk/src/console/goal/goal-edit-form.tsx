/**
 * Edits a goal mid-cycle with `goal.update`, sending only the fields that changed: title,
 * description, weight, visibility, due date, status, and the parent chosen from the cascade of
 * the same cycle (never the goal itself or one below it, which would close a loop).
 */
import type { GoalNode } from '../../client';
import type { Goal, GoalStatus, GoalVisibility } from '../../model';
import { Field } from '../../widgets/field';
import { formFields, numberOrNaN, SubmitStatusLine, useSubmit } from '../form';
import { flattenTree, optionLabel } from '../goal-options';
import { t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';
import { changedFields } from './changed-fields';

const VISIBILITIES: readonly GoalVisibility[] = ['org', 'team', 'private'];
export const STATUSES: readonly GoalStatus[] = ['draft', 'active', 'completed', 'cancelled'];

const idsBelow = (node: GoalNode): string[] => [node.goal.id, ...node.children.flatMap(idsBelow)];

export function GoalEditForm({ node, cycleTree }: { node: GoalNode; cycleTree: readonly GoalNode[] }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const goal = node.goal;
  const excluded = new Set(idsBelow(node));
  const parents = flattenTree(cycleTree).filter((o) => !excluded.has(o.node.goal.id));

  const save = (event: Event) => {
    const field = formFields(event);
    void run(async () => {
      const patch = changedFields<Goal>(goal, {
        title: field('title'),
        description: field('description') || null,
        weight: numberOrNaN(field('weight')),
        visibility: field('visibility') as GoalVisibility,
        status: field('status') as GoalStatus,
        dueOn: field('dueOn') || null,
        parentId: field('parentId') || null,
      });
      if (Object.keys(patch).length > 0) await client.mutate('goal.update', { id: goal.id, patch });
    });
  };

  return (
    <form class="form" onSubmit={save} noValidate key={goal.version}>
      <Field id="edit-goal-title" label={t('goal.title')} error={errors['patch.title'] ?? errors.title}>
        {(p) => <input {...p} name="title" required defaultValue={goal.title} />}
      </Field>
      <Field id="edit-goal-description" label={`${t('goal.description')} ${t('common.optional')}`} error={errors['patch.description']}>
        {(p) => <textarea {...p} name="description" rows={2} defaultValue={goal.description ?? ''} />}
      </Field>
      <Field id="edit-goal-parent" label={t('goal.parent')} hint={t('goal.parentHint')} error={errors['patch.parentId']}>
        {(p) => (
          <select {...p} name="parentId">
            <option value="" selected={!goal.parentId}>
              {t('common.none')}
            </option>
            {parents.map((option) => (
              <option key={option.node.goal.id} value={option.node.goal.id} selected={option.node.goal.id === goal.parentId}>
                {optionLabel(option)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="row">
        <Field id="edit-goal-due" label={t('goal.dueOn')} error={errors['patch.dueOn']}>
          {(p) => <input {...p} type="date" name="dueOn" defaultValue={goal.dueOn ?? ''} />}
        </Field>
        <Field id="edit-goal-weight" label={t('goal.weight')} hint={t('goal.weightHint')} error={errors['patch.weight']}>
          {(p) => <input {...p} type="number" name="weight" min={0} max={100} step="any" defaultValue={String(goal.weight)} />}
        </Field>
      </div>
      <div class="row">
        <Field id="edit-goal-visibility" label={t('goal.visibility')} error={errors['patch.visibility'] ?? errors['patch.teamId']}>
          {(p) => (
            <select {...p} name="visibility">
              {VISIBILITIES.map((v) => (
                <option key={v} value={v} selected={v === goal.visibility}>
                  {t(`goal.visibility.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="edit-goal-status" label={t('goalPage.status')} error={errors['patch.status']}>
          {(p) => (
            <select {...p} name="status">
              {STATUSES.map((s) => (
                <option key={s} value={s} selected={s === goal.status}>
                  {t(`goalPage.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" class="primary" disabled={status === 'saving'}>
        {t('goalPage.saveGoal')}
      </button>
      <SubmitStatusLine status={status} problem={problem} />
    </form>
  );
}
