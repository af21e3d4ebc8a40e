/**
 * One click logs an activity of a leading KPI against the record on screen; the button then
 * says "Logged", and says so from the start when this person already logged it here, on this
 * device or (once synced) another.
 */
import type { KpiView, SightlineClient } from '@sightline/sdk/client';
import type { RecordContext } from '@sightline/sdk/model';
import { useState } from 'preact/hooks';
import { activityId } from '../../activity/activity-id';
import { logActivity } from '../../activity/log-activity';
import type { ControlApi } from '../../rpc/control-caller';
import { messageOf } from '../shared/message-of';
import { t } from '../shared/i18n';
import { useLoggedIds } from './use-logged-ids';

interface Props {
  client: SightlineClient;
  control: ControlApi;
  kpi: KpiView;
  personId: string;
  record: RecordContext;
}

type State = 'checking' | 'ready' | 'saving' | 'logged';

export function ActivityButton({ client, control, kpi, personId, record }: Props) {
  const id = activityId(kpi.metric.id, personId, record);
  const [state, setState] = useState<State>('checking');
  const [error, setError] = useState<string | null>(null);

  useLoggedIds(control, [id], `${kpi.current}/${kpi.history.length}`, {
    answer: (logged) => setState((now) => (now === 'saving' ? now : logged.includes(id) ? 'logged' : 'ready')),
    failure: (reason) => {
      setState((now) => (now === 'checking' ? 'ready' : now));
      setError(messageOf(reason));
    },
  });

  const log = async () => {
    setState('saving');
    setError(null);
    try {
      await logActivity(client, { kpi, personId, record });
      setState('logged');
    } catch (reason) {
      setState('ready');
      setError(messageOf(reason));
    }
  };

  const label = t(state === 'saving' ? 'activity.logging' : state === 'logged' ? 'activity.logged' : 'activity.log');
  const words = { kpi: kpi.metric.name, recordType: record.recordType };
  return (
    <div class="activity">
      <button
        type="button"
        data-testid={`log-activity-${kpi.metric.id}`}
        aria-label={t(state === 'logged' ? 'activity.loggedLabel' : 'activity.logLabel', words)}
        disabled={state !== 'ready'}
        onClick={() => void log()}
      >
        {label}
      </button>
      <span role="status" class="sr-only">
        {state === 'logged' ? t('activity.loggedStatus', words) : ''}
      </span>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
