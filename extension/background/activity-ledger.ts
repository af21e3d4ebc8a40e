/**
 * Which activities (see activity/activity-id.ts) already have a recorded value, read straight
 * from the account's database: the client interface has no query for single KPI values, and
 * the background is where that database lives. Pending local values count, so the button says
 * "Logged" the moment it is clicked; values pulled from other devices count once synced.
 */
import { SightlineDb } from '@sightline/sdk/store';

export async function loggedActivities(dbName: string | null, ids: readonly string[]): Promise<string[]> {
  if (!dbName || ids.length === 0) return [];
  const db = new SightlineDb(dbName);
  try {
    const rows = await db.rows('metricValues').bulkGet([...ids]);
    return ids.filter((_, index) => rows[index] !== undefined);
  } finally {
    db.close();
  }
}
