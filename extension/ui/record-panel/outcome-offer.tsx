/**
 * Offers to record a deal won or a ticket solved on the matching lagging KPI (see
 * lagging/match-kpi.ts): one question with a confirm button, a choice when several KPIs match,
 * nothing when none does. Says "Recorded" once the value is in the store, from this device or
 * (once synced) another.
 */
import type { KpiView, SightlineClient } from '@sightline/sdk/client';
import type { RecordContext } from '@sightline/sdk/model';
import { useState } from 'preact/hooks';
import type { RecordOutcome } from '../../hosts/outcome';
import { matchLaggingKpis, type KpiMatch } from '../../lagging/match-kpi';
import { outcomeValueId, recordOutcome } from '../../lagging/record-outcome';
import type { ControlApi } from '../../rpc/control-caller';
import { messageOf } from '../shared/message-of';
import { t } from '../shared/i18n';
import { useLoggedIds } from './use-logged-ids';

interface Props {
  client: SightlineClient;
  control: ControlApi;
  kpis: readonly KpiView[];
  outcome: RecordOutcome;
  record: RecordContext;
}

type State = 'checking' | 'ready' | 'saving' | 'recorded';

export function OutcomeOffer({ client, control, kpis, outcome, record }: Props) {
  const matches = matchLaggingKpis(kpis, record.tool, outcome);
  const [picked, setPicked] = useState(0);
  const [state, setState] = useState<State>('checking');
  const [recordedOn, setRecordedOn] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = matches.map(({ kpi }) => outcomeValueId(kpi.metric.id, record));

  useLoggedIds(control, ids, matches.map(({ kpi }) => `${kpi.current}/${kpi.history.length}`).join(), {
    answer: (logged) => {
      const done = matches.find((_, index) => logged.includes(ids[index]!));
      setRecordedOn(done ? done.kpi.metric.name : null);
      setState((now) => (now === 'saving' ? now : done ? 'recorded' : 'ready'));
    },
    failure: (reason) => {
      setState((now) => (now === 'checking' ? 'ready' : now));
      setError(messageOf(reason));
    },
  });

  if (matches.length === 0) return null;
  const chosen = matches[Math.min(picked, matches.length - 1)]!;

  const confirm = async () => {
    setState('saving');
    setError(null);
    try {
      await recordOutcome(client, { match: chosen, record });
      setRecordedOn(chosen.kpi.metric.name);
      setState('recorded');
    } catch (reason) {
      setState('ready');
      setError(messageOf(reason));
    }
  };

  return (
    <section class="outcome" data-testid="outcome-offer" aria-live="polite">
      {state === 'recorded' ? (
        <p role="status" data-testid="outcome-recorded">
          {t('outcome.recorded', { kpi: recordedOn ?? chosen.kpi.metric.name })}
        </p>
      ) : (
        <>
          <p data-testid="outcome-question">{question(outcome, chosen)}</p>
          {matches.length > 1 && (
            <label>
              {t('outcome.pick')}{' '}
              <select data-testid="outcome-pick" value={String(picked)} onChange={(event) => setPicked(Number(event.currentTarget.value))}>
                {matches.map(({ kpi }, index) => (
                  <option key={kpi.metric.id} value={String(index)}>
                    {kpi.metric.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" data-testid="outcome-confirm" disabled={state !== 'ready'} onClick={() => void confirm()}>
            {t(state === 'saving' ? 'outcome.saving' : 'outcome.confirm')}
          </button>
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}

function question(outcome: RecordOutcome, { kpi, increment, isAmount }: KpiMatch): string {
  const words = { kpi: kpi.metric.name };
  if (outcome.kind === 'solved') return t('outcome.solved', words);
  if (!isAmount) return t('outcome.wonCount', words);
  return t('outcome.won', { ...words, amount: increment, currency: outcome.currency ?? kpi.metric.unit });
}
