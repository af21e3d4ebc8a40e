/**
 * Keeps the due list current in the background: recomputed when the requests asked of the
 * person change, after every sync (new check-ins, a new cadence) and on the sync alarm (time
 * passing makes a check-in due). Runs one at a time, so two triggers never notify twice.
 * The check-in's inputs are read straight from the account's database, where the background
 * keeps it; the requests come from the client's own query.
 */
import type { RequestView, SightlineClient } from '@sightline/sdk/client';
import { orgCadenceId } from '@sightline/sdk/model';
import { SightlineDb, readMeta } from '@sightline/sdk/store';
import { dueItems, type DueInput, type DueItem } from './due-items';

export interface WatchDueOptions {
  client: SightlineClient;
  /** The signed-in account's database, or null when signed out. */
  databaseName(): string | null;
  remind(items: DueItem[]): Promise<void>;
  now?: () => Date;
  onError(error: unknown): void;
}

async function checkInInputs(dbName: string): Promise<Omit<DueInput, 'requests' | 'now'> | null> {
  const db = new SightlineDb(dbName);
  try {
    const saved = await readMeta(db, 'me');
    if (!saved) return null;
    const me = (await db.rows('persons').get(saved.id)) ?? saved;
    const cadence = (await db.rows('checkInCadences').get(orgCadenceId(me.orgId))) ?? null;
    const submittedWeeks = new Set((await db.rows('checkIns').where('personId').equals(me.id).toArray()).map((c) => c.week));
    return { me, cadence, submittedWeeks };
  } finally {
    db.close();
  }
}

export function watchDue({ client, databaseName, remind, now = () => new Date(), onError }: WatchDueOptions): { refresh(): Promise<void> } {
  let requests: RequestView[] = [];
  let running: Promise<void> = Promise.resolve();
  const compute = async () => {
    const dbName = databaseName();
    const inputs = dbName ? await checkInInputs(dbName) : null;
    await remind(inputs ? dueItems({ ...inputs, requests, now: now() }) : []);
  };
  const refresh = () => (running = running.then(compute).catch(onError));
  void client
    .watch('requests', {}, (latest) => {
      requests = latest;
      void refresh();
    })
    .catch(onError);
  // A finished pull changes lastSyncedAt: check-ins or the cadence may have arrived with it.
  let lastSyncedAt: string | null | undefined;
  void client
    .watch('sync', {}, (state) => {
      if (state.lastSyncedAt === lastSyncedAt) return;
      lastSyncedAt = state.lastSyncedAt;
      void refresh();
    })
    .catch(onError);
  return { refresh };
}
