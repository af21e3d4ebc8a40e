/**
 * `<sightline-goals level="team" team="<id>" owner="<id>" scope="me|all" cycle="<id>">`: the goal
 * cascade as a nested disclosure list. Each goal shows its pace, progress, owner/team and KPI
 * rows; sub-goals fold away behind a button (native keyboard support, aria-expanded).
 */
import { useSignal, type Signal } from '@preact/signals';
import type { GoalFilter, GoalNode, KpiView } from '../client';
import type { Widget, WidgetProps } from './define-element';
import type { goalsAttributes } from './elements';
import { useWatch } from './use-watch';
import { Skeleton } from './skeleton';
import { PROGRESS_BAR_CSS, ProgressBar } from './progress-bar';
import { STATUS_PILL_CSS, StatusPill } from './status-pill';
import { SPARKLINE_CSS, Sparkline } from './sparkline';
import { CurrentVsTarget, IndicatorBadge, KPI_PARTS_CSS } from './kpi-parts';
import { useWidgetI18n } from '../i18n/widgets/i18n';

const CSS = `
ul { list-style: none; margin: 0; padding: 0; }
.goals { display: grid; gap: var(--_space); }
.goal { display: grid; gap: var(--_space); }
.goal-card { display: grid; gap: calc(var(--_space) / 2); }
/* Nested goals may be narrower than their content's widest line, so a deep one wraps instead of widening the list. */
.goals, .goal, .goal-card, .children { grid-template-columns: minmax(0, 1fr); }
.goal-head { justify-content: space-between; }
.title { font-weight: 600; overflow-wrap: anywhere; }
.meta { margin: 0; font-size: 0.92em; }
.kpis { display: grid; gap: calc(var(--_space) / 2); border-top: 1px solid var(--_border); padding-top: calc(var(--_space) / 2); }
.kpi-row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
.kpi-row .name { flex: 1 1 8em; overflow-wrap: anywhere; }
.toggle { justify-self: start; }
.toggle .chevron { display: inline-block; transition: transform 0.15s; }
.toggle[aria-expanded="true"] .chevron { transform: rotate(90deg); }
.children { display: grid; gap: var(--_space); margin-inline-start: calc(var(--_space) * 2); padding-inline-start: var(--_space); border-inline-start: 2px solid var(--_border); }
.children[hidden] { display: none; }
@media (prefers-reduced-motion: reduce) { .toggle .chevron { transition: none; } }
`;


function KpiRow({ kpi }: { kpi: KpiView }) {
  return (
    <li class="kpi-row">
      <span class="name">{kpi.metric.name}</span>
      <IndicatorBadge indicator={kpi.metric.indicator} />
      <CurrentVsTarget metric={kpi.metric} current={kpi.current} />
      <Sparkline values={kpi.history.map((h) => h.value)} unit={kpi.metric.unit} />
    </li>
  );
}

/** `toggled` holds goals whose state the person flipped; by default only the top level is open. */
function GoalItem({ node, depth, toggled }: { node: GoalNode; depth: number; toggled: Signal<ReadonlySet<string>> }) {
  const { t, tPlural } = useWidgetI18n();
  const { goal, owner, team, children } = node;
  const open = (depth === 0) !== toggled.value.has(goal.id);
  const flip = () => {
    const next = new Set(toggled.value);
    if (!next.delete(goal.id)) next.add(goal.id);
    toggled.value = next;
  };
  const childListId = `children-${goal.id}`;
  return (
    <li class="goal">
      <div part="card" class="card goal-card">
        <div class="row goal-head">
          <span class="title">{goal.title}</span>
          <StatusPill status={node.status} />
        </div>
        <ProgressBar value={node.progress} expected={node.progress === null ? undefined : node.expected} label={t('progress.of', { name: goal.title })} />
        <p class="meta muted">
          {[t(`goals.level.${goal.level}`), owner && t('goals.owner', { name: owner.name }), team && t('goals.team', { name: team.name }), node.pending && t('goals.pending')]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {node.kpis.length > 0 && (
          <ul class="kpis" aria-label={t('goals.kpisOf', { title: goal.title })}>
            {node.kpis.map((kpi) => (
              <KpiRow key={kpi.metric.id} kpi={kpi} />
            ))}
          </ul>
        )}
        {children.length > 0 && (
          <button type="button" part="button" class="toggle" aria-expanded={open} aria-controls={childListId} onClick={flip}>
            <span class="chevron" aria-hidden="true">
              ▸
            </span>{' '}
            {tPlural('goals.subGoals', children.length)}
            <span class="sr-only">{t('goals.subGoalsOf', { title: goal.title })}</span>
          </button>
        )}
      </div>
      {children.length > 0 && (
        <ul id={childListId} class="children" hidden={!open}>
          {children.map((child) => (
            <GoalItem key={child.goal.id} node={child} depth={depth + 1} toggled={toggled} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function Goals({ client, level, team, owner, scope, cycle }: WidgetProps<typeof goalsAttributes>) {
  const { t } = useWidgetI18n();
  const filter: GoalFilter = {};
  if (level) filter.level = level;
  if (team) filter.teamId = team;
  if (owner) filter.ownerId = owner;
  if (scope) filter.scope = scope;
  if (cycle) filter.cycleId = cycle;
  const tree = useWatch(client, 'goalTree', filter);
  const toggled = useSignal<ReadonlySet<string>>(new Set());

  if (tree.status === 'error') return <p role="alert" class="error">{t('goals.loadFailed', { reason: tree.message })}</p>;
  if (tree.status !== 'ready') return <Skeleton label={t('goals.loading')} />;
  if (tree.data.length === 0) return <p class="muted">{t('goals.empty')}</p>;
  return (
    <ul class="goals" aria-label={t('goals.label')}>
      {tree.data.map((node) => (
        <GoalItem key={node.goal.id} node={node} depth={0} toggled={toggled} />
      ))}
    </ul>
  );
}

export const widget: Widget<typeof goalsAttributes> = { Component: Goals, css: PROGRESS_BAR_CSS + STATUS_PILL_CSS + SPARKLINE_CSS + KPI_PARTS_CSS + CSS };
