/**
 * On a deal or account: the rep's KPIs (current vs target, pace, leading or lagging), the team
 * goal they roll up to, and one-click logging of a leading KPI's activity against the record.
 */
import type { GoalNode, SightlineClient } from '@sightline/sdk/client';
import type { Person, RecordContext } from '@sightline/sdk/model';
import { useWatch } from '@sightline/sdk/widgets/use-watch';
import { canLogActivity } from '../../activity/log-activity';
import type { ControlApi } from '../../rpc/control-caller';
import { describeProgress } from '../shared/pace';
import type { RecordOutcome } from '../../hosts/outcome';
import { ActivityButton } from './activity-button';
import { OutcomeOffer } from './outcome-offer';
import { myGoals } from './my-work';
import { KpiWidget } from '../shared/elements';
import { t } from '../shared/i18n';

interface Props {
  client: SightlineClient;
  control: ControlApi;
  me: Person;
  record: RecordContext;
  outcome: RecordOutcome | null;
}

export function CrmPanel({ client, control, me, record, outcome }: Props) {
  const tree = useWatch(client, 'goalTree', { scope: 'me' });
  if (tree.status === 'error') return <p role="alert" class="error">{t('crm.loadFailed', { reason: tree.message })}</p>;
  if (tree.status !== 'ready') return <p class="muted">{t('crm.loading')}</p>;
  const mine = myGoals(tree.data, me.id);
  const aligned = [...new Map(mine.flatMap(({ alignedTo }) => (alignedTo ? [[alignedTo.goal.id, alignedTo] as const] : []))).values()];
  const kpis = mine.flatMap(({ node }) => node.kpis);
  // A deal won counts toward the person's own KPIs and those of their team's goals.
  const teamKpis = aligned.filter(({ goal }) => goal.level === 'team' && goal.teamId === me.teamId).flatMap((node) => node.kpis);
  return (
    <div data-testid="crm-panel">
      {outcome && <OutcomeOffer client={client} control={control} kpis={[...kpis, ...teamKpis]} outcome={outcome} record={record} />}
      <section aria-labelledby="kpis-heading">
        <h2 id="kpis-heading">{t('crm.kpis')}</h2>
        {kpis.length === 0 && <p class="muted">{t('crm.noKpis')}</p>}
        {kpis.map((kpi) => (
          <div class="kpi" key={kpi.metric.id}>
            <KpiWidget metric={kpi.metric.id} />
            {canLogActivity(kpi) && <ActivityButton client={client} control={control} kpi={kpi} personId={me.id} record={record} />}
          </div>
        ))}
      </section>
      {aligned.length > 0 && (
        <section aria-labelledby="aligned-heading">
          <h2 id="aligned-heading">{t(aligned.length === 1 ? 'crm.aligned.one' : 'crm.aligned.other')}</h2>
          {aligned.map((node) => (
            <AlignedGoal key={node.goal.id} node={node} />
          ))}
        </section>
      )}
    </div>
  );
}

function AlignedGoal({ node }: { node: GoalNode }) {
  return (
    <p class="aligned" data-testid="aligned-goal">
      <strong>{node.goal.title}</strong>
      {node.team && <span class="muted"> · {node.team.name}</span>}
      <br />
      <span class="muted">{describeProgress(node.progress, node.status)}</span>
    </p>
  );
}
