/** A new KPI on a goal of the cycle (`metric.create`): leading or lagging, unit, baseline, target, direction. */
import { useState } from 'preact/hooks';
import type { GoalNode } from '../../client';
import type { Direction, Indicator } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, numberOrNaN, SubmitStatusLine, useSubmit } from '../form';
import { KpiDirectionFields } from '../kpi-direction-fields';
import { flattenTree, optionLabel } from '../goal-options';
import { t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';

const INDICATORS: readonly Indicator[] = ['leading', 'lagging'];

export function KpiForm({ trees }: { trees: readonly GoalNode[] }) {
  const client = useClient();
  const [direction, setDirection] = useState<Direction>('increase');
  const { status, errors, problem, run } = useSubmit();
  const goals = flattenTree(trees);

  const add = (event: Event) => {
    const field = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      await client.mutate('metric.create', {
        id: uuidv7(),
        goalId: field('goalId'),
        name: field('name'),
        indicator: field('indicator') as Indicator,
        unit: field('unit'),
        baseline: numberOrNaN(field('baseline')),
        target: numberOrNaN(field('target')),
        direction,
        range: direction === 'hold' ? { min: numberOrNaN(field('rangeMin')), max: numberOrNaN(field('rangeMax')) } : null,
        weight: numberOrNaN(field('weight')),
      });
      form.reset();
      setDirection('increase');
    });
  };

  return (
    <form class="form" onSubmit={add} noValidate>
      <Field id="kpi-goal" label={t('kpi.goal')} error={errors.goalId}>
        {(p) => (
          <select {...p} name="goalId">
            {goals.map((option) => (
              <option key={option.node.goal.id} value={option.node.goal.id}>
                {optionLabel(option)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="kpi-name" label={t('kpi.name')} error={errors.name}>
        {(p) => <input {...p} name="name" required />}
      </Field>
      <fieldset class="choices">
        <legend>{t('kpi.indicator')}</legend>
        {INDICATORS.map((indicator, i) => (
          <label key={indicator}>
            <input type="radio" name="indicator" value={indicator} defaultChecked={i === 0} /> {t(`kpi.indicator.${indicator}`)}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <Field id="kpi-unit" label={t('kpi.unit')} hint={t('kpi.unitHint')} error={errors.unit}>
          {(p) => <input {...p} name="unit" maxLength={20} />}
        </Field>
        <Field id="kpi-baseline" label={t('kpi.baseline')} error={errors.baseline}>
          {(p) => <input {...p} type="number" step="any" name="baseline" required />}
        </Field>
        <Field id="kpi-target" label={t('kpi.target')} error={errors.target}>
          {(p) => <input {...p} type="number" step="any" name="target" required />}
        </Field>
      </div>
      <KpiDirectionFields idPrefix="kpi-" direction={direction} onDirection={setDirection} error={(path) => errors[path]} />
      <Field id="kpi-weight" label={t('goal.weight')} error={errors.weight}>
        {(p) => <input {...p} type="number" name="weight" min={0} max={100} step="any" defaultValue="1" />}
      </Field>
      <button type="submit" class="primary" disabled={status === 'saving'}>
        {t('kpi.add')}
      </button>
      <SubmitStatusLine status={status} problem={problem} />
    </form>
  );
}
