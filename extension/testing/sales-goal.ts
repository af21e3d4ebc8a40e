/**
 * Test-only: a rep's personal goal with a leading "discovery calls" KPI that counts (0 -> 40 calls),
 * a leading "win rate" KPI in percent, and a lagging "revenue won" KPI, created through a
 * real client, and a deal to log against.
 */
import type { KpiView, SightlineClient } from '@sightline/sdk/client';
import { nameId, uuidv7, type RecordContext } from '@sightline/sdk/model';

export const DEAL: RecordContext = {
  tool: 'salesforce',
  recordType: 'opportunity',
  recordId: '006000000000001AAA',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view',
  title: 'Initech renewal',
  customer: 'Initech',
};

export async function createSalesGoal(client: SightlineClient, ownerId: string): Promise<{ calls: string; winRate: string; revenue: string }> {
  const cycleId = nameId('sales-goal', 'cycle');
  const goalId = uuidv7();
  const calls = uuidv7();
  const winRate = uuidv7();
  const revenue = uuidv7();
  await client.mutate('cycle.create', { id: cycleId, name: 'Q2', kind: 'quarter', startsOn: '2026-04-01', endsOn: '2026-06-30' });
  await client.mutate('goal.create', { id: goalId, cycleId, level: 'person', ownerId, title: 'Build pipeline' });
  await client.mutate('metric.create', { id: calls, goalId, name: 'Discovery calls', indicator: 'leading', unit: 'calls', baseline: 0, target: 40, direction: 'increase', counts: true });
  await client.mutate('metric.create', { id: winRate, goalId, name: 'Win rate', indicator: 'leading', unit: '%', baseline: 20, target: 30, direction: 'increase' });
  await client.mutate('metric.create', { id: revenue, goalId, name: 'Revenue won', indicator: 'lagging', unit: 'USD', baseline: 0, target: 100_000, direction: 'increase' });
  return { calls, winRate, revenue };
}

/** The KPI's view once `ready` says it is the one wanted. */
export function kpiOf(client: SightlineClient, metricId: string, ready: (kpi: KpiView) => boolean = () => true): Promise<KpiView> {
  return new Promise((resolve) => {
    void client.watch('kpi', { metricId }, (kpi) => {
      if (kpi && ready(kpi)) resolve(kpi);
    });
  });
}
