/**
 * One-click activity logging from a CRM record: records the next value of a leading KPI that
 * counts (such as "discovery calls held") against the record, under the activity's
 * deterministic id.
 */
import type { KpiView, SightlineClient } from '@sightline/sdk/client';
import { ValidationError } from '@sightline/sdk/engine';
import type { RecordContext } from '@sightline/sdk/model';
import { activityId } from './activity-id';

/**
 * Only leading KPIs whose author marked them as counting things done (calls, meetings,
 * checks): activities are what a rep does, and each adds one to the count. Lagging results are
 * outcomes rather than activities. The `counts` flag decides, never the unit.
 */
export const canLogActivity = ({ metric }: KpiView): boolean => metric.indicator === 'leading' && metric.counts;

/**
 * KPI values are snapshots (the latest one is current), so one more activity is the current
 * count plus one. Two devices logging different records offline at the same moment both write
 * current + 1; the later value wins, one short, until the next activity corrects it.
 */
export const nextActivityValue = ({ metric, current }: KpiView): number => (current ?? metric.baseline) + 1;

export type LogOutcome = 'logged' | 'already-logged';

export async function logActivity(
  client: SightlineClient,
  { kpi, personId, record, now = new Date() }: { kpi: KpiView; personId: string; record: RecordContext; now?: Date },
): Promise<LogOutcome> {
  if (!canLogActivity(kpi)) throw new Error(`${kpi.metric.name} is not a leading KPI that counts activities`);
  const id = activityId(kpi.metric.id, personId, record);
  try {
    await client.mutate('metric.record', { id, metricId: kpi.metric.id, value: nextActivityValue(kpi), at: now.toISOString(), context: record });
    return 'logged';
  } catch (error) {
    // The store refuses a second row with this id: this activity is already on record.
    if (error instanceof ValidationError && error.issues.some((issue) => issue.path === 'id')) return 'already-logged';
    throw error;
  }
}
