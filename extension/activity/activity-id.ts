/**
 * One logged activity per person, KPI and host record: its id is derived from those, so a
 * second click, a second tab or a second device names the same row and the store (locally) or
 * the server (across devices) keeps only one.
 */
import { nameId, type RecordContext } from '@sightline/sdk/model';

export function activityId(metricId: string, personId: string, record: Pick<RecordContext, 'tool' | 'recordId'>): string {
  return nameId('activity', metricId, personId, record.tool, record.recordId);
}
