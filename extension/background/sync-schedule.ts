/**
 * Periodic sync for a service worker that does not stay alive: an alarm wakes the worker every
 * minute and the worker syncs. Alarms survive worker restarts but not always browser restarts
 * or updates, so every start makes sure the alarm exists.
 */
export const SYNC_ALARM = 'sightline-sync';
export const SYNC_PERIOD_MINUTES = 1;

/** The slice of `browser.alarms` used here. */
export interface AlarmsApi {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): unknown;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/**
 * Creates the alarm unless an identical one is set (re-creating it would push its next run
 * back, and a worker woken more often than once a minute would then never sync), and runs
 * `syncNow` each time it fires. Call it synchronously at start-up so the listener is in place
 * before the event that woke the worker is dispatched.
 */
export function scheduleSync(alarms: AlarmsApi, syncNow: () => Promise<void>, onError: (error: unknown) => void): Promise<void> {
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncNow().catch(onError);
  });
  return ensureAlarm(alarms);
}

async function ensureAlarm(alarms: AlarmsApi): Promise<void> {
  const existing = await alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === SYNC_PERIOD_MINUTES) return;
  await alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: SYNC_PERIOD_MINUTES });
}
