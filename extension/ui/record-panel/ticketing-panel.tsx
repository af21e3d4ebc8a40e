/** On a ticket: feedback about the work on it, the team's support KPIs and the agent's development goals. */
import type { SightlineClient } from '@sightline/sdk/client';
import type { Person, RecordContext } from '@sightline/sdk/model';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import type { RecordOutcome } from '../../hosts/outcome';
import type { ControlApi } from '../../rpc/control-caller';
import { teamKpis } from './my-work';
import { OutcomeOffer } from './outcome-offer';
import { FeedbackWidget, GoalsWidget, KpiWidget } from '../shared/elements';
import { t } from '../shared/i18n';

interface Props {
  client: SightlineClient;
  control: ControlApi;
  me: Person;
  record: RecordContext;
  outcome: RecordOutcome | null;
}

export function TicketingPanel({ client, control, me, record, outcome }: Props) {
  const tree = useWatch(client, 'goalTree', me.teamId ? { level: 'team', teamId: me.teamId } : null);
  const kpis = tree.status === 'ready' && me.teamId ? teamKpis(tree.data, me.teamId) : [];
  return (
    <div data-testid="ticketing-panel">
      {outcome && tree.status === 'ready' && <OutcomeOffer client={client} control={control} kpis={kpis} outcome={outcome} record={record} />}
      {/* Folded so the panel stays compact beside the ticket; the shortcut opens it as a dialog too. */}
      <details data-testid="record-feedback">
        <summary>
          <h2>{t('ticketing.giveFeedback', { recordType: record.recordType })}</h2>
        </summary>
        <FeedbackWidget context={record} />
      </details>
      <section aria-labelledby="team-kpis-heading">
        <h2 id="team-kpis-heading">{t('ticketing.teamKpis')}</h2>
        {tree.status === 'ready' && kpis.length === 0 && <p class="muted">{me.teamId ? t('ticketing.noTeamKpis') : t('ticketing.noTeam')}</p>}
        {kpis.map((kpi) => (
          <KpiWidget key={kpi.metric.id} metric={kpi.metric.id} />
        ))}
      </section>
      <section aria-labelledby="development-heading">
        <h2 id="development-heading">{t('ticketing.development')}</h2>
        <GoalsWidget level="person" owner={me.id} />
      </section>
    </div>
  );
}
