/** Step 1: the cycle to plan, an existing one or a new one (the current calendar quarter by default). */
import { uuidv7 } from '../../model/uuid';
import { Field } from '../../widgets/field';
import { formFields, SubmitStatusLine, useSubmit } from '../form';
import { formatDay, t } from '../../i18n/console/i18n';
import { navigate } from '../router';
import { ready, useClient, useQuery } from '../use-query';
import { quarterOf, stepUrl } from './steps';

const KINDS = ['quarter', 'half', 'year', 'custom'] as const;

export function CycleStep() {
  const client = useClient();
  const cycles = ready(useQuery('cycles', {})) ?? [];
  const { status, errors, problem, run } = useSubmit();
  const suggested = quarterOf(new Date());

  const create = (event: Event) => {
    const field = formFields(event);
    const id = uuidv7();
    void run(async () => {
      await client.mutate('cycle.create', { id, name: field('name'), kind: field('kind') as (typeof KINDS)[number], startsOn: field('startsOn'), endsOn: field('endsOn') });
      navigate(stepUrl('teams', id));
    });
  };

  return (
    <section aria-labelledby="cycle-heading">
      <h2 id="cycle-heading">{t('cycle.heading')}</h2>
      {cycles.length > 0 && (
        <ul class="cards" data-nav-list>
          {cycles.map((c) => (
            <li key={c.id}>
              <a data-nav-item href={stepUrl('teams', c.id)}>
                {c.name}
              </a>{' '}
              <span class="muted">{t('cycle.range', { start: formatDay(c.startsOn), end: formatDay(c.endsOn) })}</span>
            </li>
          ))}
        </ul>
      )}
      <form class="form" onSubmit={create} noValidate>
        <h3>{t('cycle.new')}</h3>
        <Field id="cycle-name" label={t('cycle.name')} error={errors.name}>
          {(p) => <input {...p} name="name" defaultValue={cycles.length ? '' : suggested.name} required />}
        </Field>
        <Field id="cycle-kind" label={t('cycle.kind')} error={errors.kind}>
          {(p) => (
            <select {...p} name="kind">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`cycle.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="row">
          <Field id="cycle-starts" label={t('cycle.startsOn')} error={errors.startsOn}>
            {(p) => <input {...p} type="date" name="startsOn" defaultValue={suggested.startsOn} required />}
          </Field>
          <Field id="cycle-ends" label={t('cycle.endsOn')} error={errors.endsOn}>
            {(p) => <input {...p} type="date" name="endsOn" defaultValue={suggested.endsOn} required />}
          </Field>
        </div>
        <button type="submit" class="primary" disabled={status === 'saving'}>
          {t('cycle.create')}
        </button>
        <SubmitStatusLine status={status} problem={problem} />
      </form>
    </section>
  );
}
