import type { KpiView } from '@sightline/sdk/client';
import { MetricFields, uuidv7 } from '@sightline/sdk/model';
import { describe, expect, it } from 'vitest';
import { matchLaggingKpis } from './match-kpi';

function kpi(name: string, fields: { indicator?: 'leading' | 'lagging'; unit?: string; source?: string; counts?: boolean }): KpiView {
  const metric = MetricFields.parse({ id: uuidv7(), goalId: uuidv7(), name, indicator: 'lagging', baseline: 0, target: 100, direction: 'increase', ...fields });
  return { metric: { ...metric, orgId: uuidv7(), version: 1, updatedAt: '2026-12-01T00:00:00Z' }, goal: null, current: null, progress: 0, history: [], status: null };
}

const won = { kind: 'won', amount: 12500, currency: 'EUR' } as const;
const names = (matches: ReturnType<typeof matchLaggingKpis>) => matches.map(({ kpi: { metric }, increment }) => [metric.name, increment]);

describe('matchLaggingKpis', () => {
  const arrFromCrm = kpi('New ARR', { unit: 'EUR', source: 'salesforce' });
  const arrAnywhere = kpi('Bookings', { unit: '€' });
  const dealsWon = kpi('Deals won', { unit: 'deals' });
  const calls = kpi('Calls', { indicator: 'leading', counts: true, source: 'salesforce' });

  it('prefers the KPI whose source names the CRM, adding the amount', () => {
    expect(names(matchLaggingKpis([calls, arrAnywhere, arrFromCrm, dealsWon], 'salesforce', won))).toEqual([['New ARR', 12500]]);
  });

  it('falls back to money and deal-count KPIs from any source; a deal counts as one', () => {
    expect(names(matchLaggingKpis([calls, arrAnywhere, arrFromCrm, dealsWon], 'hubspot', won))).toEqual([
      ['Bookings', 12500],
      ['New ARR', 12500],
      ['Deals won', 1],
    ]);
  });

  it('offers nothing for a money KPI in another currency or a deal without an amount', () => {
    expect(matchLaggingKpis([kpi('ARR', { unit: 'USD' })], 'pipedrive', won)).toEqual([]);
    expect(matchLaggingKpis([kpi('ARR', { unit: 'EUR' })], 'pipedrive', { kind: 'won', amount: null, currency: null })).toEqual([]);
  });

  it('matches a solved ticket to a counting lagging KPI of the tool or of tickets only', () => {
    const solved = kpi('Tickets solved', { counts: true, source: 'zendesk' });
    const anyTickets = kpi('Resolved', { counts: true, unit: 'tickets' });
    const notCounting = kpi('CSAT', { unit: '%', source: 'zendesk' });
    const otherTool = kpi('Jira done', { counts: true, source: 'jira' });
    expect(names(matchLaggingKpis([solved, anyTickets, notCounting, otherTool, calls], 'zendesk', { kind: 'solved' }))).toEqual([
      ['Tickets solved', 1],
      ['Resolved', 1],
    ]);
  });

  it('lists a KPI seen twice (own and team goal) once', () => {
    expect(matchLaggingKpis([arrFromCrm, arrFromCrm], 'salesforce', won)).toHaveLength(1);
  });
});
