/**
 * One KPI of a goal page: every field editable mid-cycle with `metric.update` (only what
 * changed is sent, so the history stays exact), including `counts` and the source, and a value
 * recorded with `metric.record`.
 */
import { useState } from 'preact/hooks';
import type { KpiView } from '../../client';
import type { Direction, Indicator, Metric } from '../../model';
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, numberOrNaN, SubmitStatusLine, useSubmit } from '../form';
import { KpiDirectionFields } from '../kpi-direction-fields';
import { formatNumber, t } from '../../i18n/console/i18n';
import { useClient } from '../use-query';
import { changedFields } from './changed-fields';

const INDICATORS: readonly Indicator[] = ['leading', 'lagging'];

export function KpiEditForm({ kpi }: { kpi: KpiView }) {
  const client = useClient();
  const metric = kpi.metric;
  const [direction, setDirection] = useState<Direction>(metric.direction);
  const edit = useSubmit();
  const record = useSubmit();
  const id = (name: string) => `kpi-${metric.id}-${name}`;
  const error = (field: string) => edit.errors[`patch.${field}`];

  const save = (event: Event) => {
    const field = formFields(event);
    void edit.run(async () => {
      const patch = changedFields<Metric>(metric, {
        name: field('name'),
        indicator: field('indicator') as Indicator,
        unit: field('unit'),
        baseline: numberOrNaN(field('baseline')),
        target: numberOrNaN(field('target')),
        direction,
        range: direction === 'hold' ? { min: numberOrNaN(field('rangeMin')), max: numberOrNaN(field('rangeMax')) } : null,
        weight: numberOrNaN(field('weight')),
        source: field('source'),
        counts: field('counts') === 'on',
      });
      if (Object.keys(patch).length > 0) await client.mutate('metric.update', { id: metric.id, patch });
    });
  };

  const recordValue = (event: Event) => {
    const field = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void record.run(async () => {
      await client.mutate('metric.record', { id: uuidv7(), metricId: metric.id, value: numberOrNaN(field('value')), at: new Date().toISOString() });
      form.reset();
    });
  };

  return (
    <section class="card" aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{metric.name}</h3>
      <p class="muted">{kpi.current === null ? t('goalPage.noValue') : t('goalPage.current', { value: formatNumber(kpi.current), unit: metric.unit })}</p>
      <form class="form" onSubmit={recordValue} noValidate>
        <div class="row">
          <Field id={id('value')} label={t('goalPage.value')} error={record.errors.value}>
            {(p) => <input {...p} type="number" step="any" name="value" required />}
          </Field>
        </div>
        <button type="submit" disabled={record.status === 'saving'}>
          {t('goalPage.record')}
        </button>
        <SubmitStatusLine status={record.status} problem={record.problem} />
      </form>
      <details>
        <summary>{t('goalPage.editKpi')}</summary>
        <form class="form" onSubmit={save} noValidate key={metric.version}>
          <Field id={id('name')} label={t('kpi.name')} error={error('name')}>
            {(p) => <input {...p} name="name" required defaultValue={metric.name} />}
          </Field>
          <Field id={id('indicator')} label={t('kpi.indicator')} error={error('indicator')}>
            {(p) => (
              <select {...p} name="indicator">
                {INDICATORS.map((i) => (
                  <option key={i} value={i} selected={i === metric.indicator}>
                    {t(`kpi.indicator.${i}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div class="row">
            <Field id={id('unit')} label={t('kpi.unit')} hint={t('kpi.unitHint')} error={error('unit')}>
              {(p) => <input {...p} name="unit" maxLength={20} defaultValue={metric.unit} />}
            </Field>
            <Field id={id('baseline')} label={t('kpi.baseline')} error={error('baseline')}>
              {(p) => <input {...p} type="number" step="any" name="baseline" defaultValue={String(metric.baseline)} />}
            </Field>
            <Field id={id('target')} label={t('kpi.target')} error={error('target')}>
              {(p) => <input {...p} type="number" step="any" name="target" defaultValue={String(metric.target)} />}
            </Field>
          </div>
          <KpiDirectionFields idPrefix={`kpi-${metric.id}-`} direction={direction} onDirection={setDirection} error={error} range={metric.range} />
          <div class="row">
            <Field id={id('weight')} label={t('goal.weight')} error={error('weight')}>
              {(p) => <input {...p} type="number" name="weight" min={0} max={100} step="any" defaultValue={String(metric.weight)} />}
            </Field>
            <Field id={id('source')} label={t('goalPage.source')} hint={t('goalPage.sourceHint')} error={error('source')}>
              {(p) => <input {...p} name="source" maxLength={60} defaultValue={metric.source} />}
            </Field>
          </div>
          <label class="check">
            <input type="checkbox" name="counts" defaultChecked={metric.counts} /> {t('goalPage.counts')}
          </label>
          <button type="submit" class="primary" disabled={edit.status === 'saving'}>
            {t('goalPage.saveKpi')}
          </button>
          <SubmitStatusLine status={edit.status} problem={edit.problem} />
        </form>
      </details>
    </section>
  );
}
