/**
 * A goal's own page (`/app/goals/:id`, a shareable link): its place in the cascade, the edit
 * form, its KPIs (edit, record a value) and the change history of the goal and each KPI.
 */
import type { GoalNode } from '../../client';
import { flattenTree } from '../goal-options';
import { t } from '../../i18n/console/i18n';
import { Loading, Page } from '../page';
import { withQuery } from '../router';
import { StatusPill } from '../team/status-pill';
import { ready, useQuery } from '../use-query';
import { ChangeHistoryList } from './change-history';
import { GoalEditForm } from './goal-edit-form';
import { KpiEditForm } from './kpi-edit-form';

function GoalDetail({ node, cycleTree }: { node: GoalNode; cycleTree: readonly GoalNode[] }) {
  const people = ready(useQuery('people', {})) ?? [];
  const goal = node.goal;
  const parent = goal.parentId ? flattenTree(cycleTree).find((o) => o.node.goal.id === goal.parentId)?.node.goal : undefined;
  return (
    <Page title={goal.title}>
      <p>
        <StatusPill status={node.status} /> {t(`goal.level.${goal.level}`)}
        {node.team && ` · ${node.team.name}`}
        {node.owner && ` · ${node.owner.name}`}
        {parent && (
          <>
            {' · '}
            {t('goalPage.alignedUnder')} <a href={`/app/goals/${parent.id}`}>{parent.title}</a>
          </>
        )}
        {node.pending && <span class="muted"> · {t('common.pending')}</span>}
      </p>
      <p>
        <a href={withQuery('/app/goals', { cycle: goal.cycleId })}>{t('goalPage.backToCascade')}</a>
      </p>
      <div class="two-col">
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('goalPage.edit')}</h2>
          <GoalEditForm node={node} cycleTree={cycleTree} />
        </section>
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('goalPage.history')}</h2>
          <ChangeHistoryList entity="goal" id={goal.id} version={goal.version} people={people} headingId="history-heading" />
        </section>
      </div>
      <section aria-labelledby="kpis-heading">
        <h2 id="kpis-heading">{t('goalPage.kpis')}</h2>
        {node.kpis.length === 0 && <p class="muted">{t('kpi.empty')}</p>}
        {node.kpis.map((kpi) => (
          <div key={kpi.metric.id} class="two-col">
            <KpiEditForm kpi={kpi} />
            <section aria-labelledby={`kpi-history-${kpi.metric.id}`}>
              <h3 id={`kpi-history-${kpi.metric.id}`}>{t('goalPage.kpiHistory', { name: kpi.metric.name })}</h3>
              <ChangeHistoryList entity="metric" id={kpi.metric.id} version={kpi.metric.version} people={people} headingId={`kpi-history-${kpi.metric.id}`} />
            </section>
          </div>
        ))}
      </section>
    </Page>
  );
}

export function GoalPage({ goalId }: { goalId: string }) {
  const all = ready(useQuery('goalTree', {}));
  const node = all && flattenTree(all).find((o) => o.node.goal.id === goalId)?.node;
  const cycleTree = ready(useQuery('goalTree', node ? { cycleId: node.goal.cycleId } : null));
  if (!all || (node && !cycleTree)) return <Loading />;
  if (!node)
    return (
      <Page title={t('goalPage.unknownTitle')}>
        <p>{t('goalPage.unknown')}</p>
        <p>
          <a href="/app/goals">{t('goalPage.backToCascade')}</a>
        </p>
      </Page>
    );
  return <GoalDetail node={node} cycleTree={cycleTree!} />;
}

/** The cycle's goals as links to their pages, in cascade order, for the goals page. */
export function GoalLinks({ cycleId }: { cycleId: string }) {
  const tree = ready(useQuery('goalTree', { cycleId }));
  if (!tree || tree.length === 0) return null;
  return (
    <nav aria-labelledby="goal-links-heading">
      <h2 id="goal-links-heading">{t('goalPage.openGoal')}</h2>
      <ul class="tree" data-nav-list>
        {flattenTree(tree).map(({ node, depth }) => (
          <li key={node.goal.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
            <a href={`/app/goals/${node.goal.id}`} data-nav-item>
              {node.goal.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
