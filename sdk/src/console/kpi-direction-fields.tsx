/** A KPI's direction, and the range to hold when it is "hold": the same fields when a KPI is added or edited. */
import type { Direction, Metric } from '../model';
import { Field } from '../widgets/field';
import { t } from '../i18n/console/i18n';

const DIRECTIONS: readonly Direction[] = ['increase', 'decrease', 'hold'];

export function KpiDirectionFields(props: {
  idPrefix: string;
  direction: Direction;
  onDirection: (direction: Direction) => void;
  error: (path: string) => string | undefined;
  /** The stored range, when editing. */
  range?: Metric['range'];
}) {
  const { idPrefix, direction, error, range } = props;
  return (
    <>
      <Field id={`${idPrefix}direction`} label={t('kpi.direction')} error={error('direction')}>
        {(p) => (
          <select {...p} name="direction" value={direction} onChange={(e) => props.onDirection(e.currentTarget.value as Direction)}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`kpi.direction.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {direction === 'hold' && (
        <div class="row">
          <Field id={`${idPrefix}min`} label={t('kpi.rangeMin')} error={error('range.min') ?? error('range')}>
            {(p) => <input {...p} type="number" step="any" name="rangeMin" defaultValue={range ? String(range.min) : ''} />}
          </Field>
          <Field id={`${idPrefix}max`} label={t('kpi.rangeMax')} error={error('range.max')}>
            {(p) => <input {...p} type="number" step="any" name="rangeMax" defaultValue={range ? String(range.max) : ''} />}
          </Field>
        </div>
      )}
    </>
  );
}
