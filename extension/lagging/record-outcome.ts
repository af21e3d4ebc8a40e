/**
 * Records a deal won or a ticket solved on the matching lagging KPI: the KPI's next value
 * (current plus what the work adds) under the record's key, so the server keeps one value per
 * record and metric however many devices offer it. The id is derived from metric and key, so
 * this device's store refuses a second one at once, and the panel reads "recorded" from it.
 */
import type { SightlineClient } from '@sightline/sdk/client';
import { ValidationError } from '@sightline/sdk/engine';
import { nameId, type RecordContext } from '@sightline/sdk/model';
import type { KpiMatch } from './match-kpi';

export const recordKeyOf = ({ tool, recordId }: Pick<RecordContext, 'tool' | 'recordId'>): string => `${tool}:${recordId}`;

export const outcomeValueId = (metricId: string, record: Pick<RecordContext, 'tool' | 'recordId'>): string => nameId('outcome', metricId, recordKeyOf(record));

export type RecordOutcomeResult = 'recorded' | 'already-recorded';

export async function recordOutcome(
  client: SightlineClient,
  { match: { kpi, increment }, record, now = new Date() }: { match: KpiMatch; record: RecordContext; now?: Date },
): Promise<RecordOutcomeResult> {
  const value = (kpi.current ?? kpi.metric.baseline) + increment;
  try {
    await client.mutate('metric.record', {
      id: outcomeValueId(kpi.metric.id, record),
      metricId: kpi.metric.id,
      value,
      at: now.toISOString(),
      context: record,
      recordKey: recordKeyOf(record),
    });
    return 'recorded';
  } catch (error) {
    if (error instanceof ValidationError && error.issues.some((issue) => issue.path === 'id')) return 'already-recorded';
    throw error;
  }
}
