/**
 * A new goal of the cycle: an organisation goal, or a team goal aligned under a parent chosen
 * from the cascade tree (owned by the team's lead). Written with `goal.create`, so it works
 * offline and shows in the cascade at once.
 */
import type { GoalNode } from '../../client';
import type { Cycle, GoalVisibility, Team } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, numberOrNaN, SubmitStatusLine, useSubmit } from '../form';
import { flattenTree, optionLabel } from '../goal-options';
import { t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';

const VISIBILITIES: readonly GoalVisibility[] = ['org', 'team'];

export function GoalForm(props: { level: 'org' | 'team'; cycle: Cycle; ownerId: string | null; teams?: readonly Team[]; trees?: readonly GoalNode[]; submitLabel: string }) {
  const client = useClient();
  const { status, errors, problem, run } = useSubmit();
  const parents = flattenTree(props.trees ?? []);

  const add = (event: Event) => {
    const field = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    const team = props.teams?.find((x) => x.id === field('teamId'));
    void run(async () => {
      await client.mutate('goal.create', {
        id: uuidv7(),
        cycleId: props.cycle.id,
        level: props.level,
        title: field('title'),
        description: field('description') || null,
        ownerId: props.level === 'team' ? (team?.leadId ?? null) : props.ownerId,
        teamId: team?.id ?? null,
        parentId: field('parentId') || null,
        weight: numberOrNaN(field('weight')),
        visibility: (field('visibility') || 'org') as GoalVisibility,
        dueOn: field('dueOn') || null,
      });
      form.reset();
    });
  };

  const id = (name: string) => `${props.level}-goal-${name}`;
  return (
    <form class="form" onSubmit={add} noValidate>
      {props.level === 'team' && (
        <Field id={id('team')} label={t('goal.team')} error={errors.teamId}>
          {(p) => (
            <select {...p} name="teamId">
              {props.teams?.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {props.level === 'team' && (
        <Field id={id('parent')} label={t('goal.parent')} hint={t('goal.parentHint')} error={errors.parentId}>
          {(p) => (
            <select {...p} name="parentId">
              {parents.map((option) => (
                <option key={option.node.goal.id} value={option.node.goal.id}>
                  {optionLabel(option)}
                </option>
              ))}
              <option value="">{t('common.none')}</option>
            </select>
          )}
        </Field>
      )}
      <Field id={id('title')} label={t('goal.title')} error={errors.title}>
        {(p) => <input {...p} name="title" required />}
      </Field>
      <Field id={id('description')} label={`${t('goal.description')} ${t('common.optional')}`} error={errors.description}>
        {(p) => <textarea {...p} name="description" rows={2} />}
      </Field>
      <div class="row">
        <Field id={id('due')} label={t('goal.dueOn')} error={errors.dueOn}>
          {(p) => <input {...p} type="date" name="dueOn" defaultValue={props.cycle.endsOn} />}
        </Field>
        <Field id={id('weight')} label={t('goal.weight')} hint={t('goal.weightHint')} error={errors.weight}>
          {(p) => <input {...p} type="number" name="weight" min={0} max={100} step="any" defaultValue="1" />}
        </Field>
      </div>
      {props.level === 'team' && (
        <Field id={id('visibility')} label={t('goal.visibility')} error={errors.visibility}>
          {(p) => (
            <select {...p} name="visibility">
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {t(`goal.visibility.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <button type="submit" class="primary" disabled={status === 'saving'}>
        {props.submitLabel}
      </button>
      <SubmitStatusLine status={status} problem={problem} />
    </form>
  );
}
