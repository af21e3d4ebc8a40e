/** The cycle's cascade as a nested list with each goal's KPIs: what the wizard has built so far. */
import type { GoalNode } from '../../client';
import { formatNumber, t } from '../../i18n/console/i18n';

function KpiLine({ kpi }: { kpi: GoalNode['kpis'][number] }) {
  const { metric } = kpi;
  const value = (n: number) => (metric.unit ? `${formatNumber(n)} ${metric.unit}` : formatNumber(n));
  return <li class="kpi-line">{t('kpi.summary', { name: metric.name, baseline: value(metric.baseline), target: value(metric.target), indicator: t(`kpi.kind.${metric.indicator}`) })}</li>;
}

function Node({ node }: { node: GoalNode }) {
  return (
    <li>
      <span data-nav-item tabIndex={-1} class="goal-line">
        <span class="level">{t(`goal.level.${node.goal.level}`)}</span> {node.goal.title}
        {node.team && <span class="muted"> · {node.team.name}</span>}
        {node.pending && <span class="pending"> · {t('common.pending')}</span>}
      </span>
      {node.kpis.length > 0 && (
        <ul class="kpis">
          {node.kpis.map((kpi) => (
            <KpiLine key={kpi.metric.id} kpi={kpi} />
          ))}
        </ul>
      )}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <Node key={child.goal.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CascadeList({ trees, empty }: { trees: readonly GoalNode[]; empty: string }) {
  if (trees.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="cascade" data-nav-list>
      {trees.map((node) => (
        <Node key={node.goal.id} node={node} />
      ))}
    </ul>
  );
}
