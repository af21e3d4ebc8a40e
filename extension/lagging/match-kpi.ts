/**
 * Which lagging KPI a piece of finished work counts toward (docs/extension.md, "Lagging KPIs
 * from the work itself"). A deal won adds its amount to a money KPI or one to a deal count; a
 * ticket solved adds one to a counting KPI. The KPI is never guessed beyond these rules: when
 * none matches nothing is offered, when several do the person picks.
 */
import type { KpiView } from '@sightline/sdk/client';
import type { Metric, Tool } from '@sightline/sdk/model';
import { currencyIn, type RecordOutcome } from '../hosts/outcome';

/** What the work adds to the KPI's current value. */
export interface KpiMatch {
  kpi: KpiView;
  increment: number;
  /** Whether the increment is the deal's amount (a money KPI) rather than one more of a count. */
  isAmount: boolean;
}

const COUNT_UNITS = { won: 'deals', solved: 'tickets' } as const;

const names = (text: string, word: string) => text.trim().toLowerCase() === word;

/** What a won deal adds to `metric`, or null when the metric does not measure deals. */
function wonIncrement(metric: Metric, outcome: Extract<RecordOutcome, { kind: 'won' }>): number | null {
  if (metric.counts || names(metric.unit, COUNT_UNITS.won)) return 1;
  const currency = currencyIn(metric.unit);
  if (currency === null || outcome.amount === null) return null;
  // An amount in another currency than the KPI's would add apples to pears.
  if (outcome.currency !== null && outcome.currency !== currency) return null;
  return outcome.amount;
}

/**
 * The lagging KPIs among `kpis` (the viewer's own and their team's goals) that `outcome` on
 * `tool` counts toward, each with what it adds. For a deal, KPIs whose source names the tool
 * come first; only when there are none do money and deal-count KPIs from any source match.
 */
export function matchLaggingKpis(kpis: readonly KpiView[], tool: Tool, outcome: RecordOutcome): KpiMatch[] {
  const lagging = uniqueByMetric(kpis).filter(({ metric }) => metric.indicator === 'lagging');
  if (outcome.kind === 'solved') {
    return lagging
      .filter(({ metric }) => metric.counts && (names(metric.source, tool) || names(metric.source, COUNT_UNITS.solved) || names(metric.unit, COUNT_UNITS.solved)))
      .map((kpi) => ({ kpi, increment: 1, isAmount: false }));
  }
  const measured = (pool: KpiView[]) =>
    pool.flatMap((kpi) => {
      const increment = wonIncrement(kpi.metric, outcome);
      return increment === null ? [] : [{ kpi, increment, isAmount: !(kpi.metric.counts || names(kpi.metric.unit, COUNT_UNITS.won)) }];
    });
  const fromTool = measured(lagging.filter(({ metric }) => names(metric.source, tool)));
  return fromTool.length > 0 ? fromTool : measured(lagging);
}

function uniqueByMetric(kpis: readonly KpiView[]): KpiView[] {
  return [...new Map(kpis.map((kpi) => [kpi.metric.id, kpi])).values()];
}
