/**
 * Runs the periodic upkeep in the server process: the tombstone purge, private notes past their
 * org's retention, expired idempotency keys; once shortly after start, then every interval. Runs never overlap (the next is scheduled when one ends), a failed run is logged
 * and retried at the next interval, and every node may run it: the org row lock serialises them.
 *
 * @example
 * const purge = startPurgeSchedule(database.db, purgeScheduleFrom({}, process.env));
 * // on shutdown, before closing the database:
 * await purge.stop();
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { purgeTombstones } from './purge-tombstones';
import { purgePrivateNotes } from './purge-private-notes';
import { purgeIdempotencyKeys } from './purge-idempotency-keys';
import { logError } from '../http/log-error';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** setTimeout's ceiling (about 24.8 days); a longer interval would fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface PurgeSchedule {
  /** Tombstones deleted longer ago than this are purged. */
  retentionDays: number;
  intervalMinutes: number;
}

export const DEFAULT_PURGE_SCHEDULE: PurgeSchedule = { retentionDays: 30, intervalMinutes: 60 };

/** Environment variables that set the schedule when the command line does not. */
export const PURGE_ENV = { retentionDays: 'SIGHTLINE_TOMBSTONE_RETENTION_DAYS', intervalMinutes: 'SIGHTLINE_PURGE_INTERVAL_MINUTES' } as const;

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}

/** The schedule from command-line values (`--tombstone-retention-days`, `--purge-interval-minutes`), else the environment, else the defaults. */
export function purgeScheduleFrom(flags: { retentionDays?: string | undefined; intervalMinutes?: string | undefined }, env: NodeJS.ProcessEnv): PurgeSchedule {
  const pick = (key: keyof PurgeSchedule, flag: string): number => {
    const fromFlag = flags[key];
    if (fromFlag !== undefined) return positive(fromFlag, flag);
    const fromEnv = env[PURGE_ENV[key]];
    return fromEnv === undefined || fromEnv === '' ? DEFAULT_PURGE_SCHEDULE[key] : positive(fromEnv, PURGE_ENV[key]);
  };
  return { retentionDays: pick('retentionDays', '--tombstone-retention-days'), intervalMinutes: pick('intervalMinutes', '--purge-interval-minutes') };
}

export interface RunningPurge {
  /** Cancels the next run and waits for one in progress, so the database can be closed after. */
  stop(): Promise<void>;
}

export function startPurgeSchedule(db: Kysely<DB>, schedule: PurgeSchedule, clock: () => Date = () => new Date()): RunningPurge {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  // Each task is logged and retried on its own: one failing never skips the others.
  const tasks: Array<[name: string, run: (now: Date) => Promise<string | null>]> = [
    ['tombstone purge', async (now) => {
      const olderThan = new Date(now.getTime() - schedule.retentionDays * DAY_MS);
      const purged = (await purgeTombstones(db, { olderThan })).filter((o) => o.purged > 0);
      return purged.length ? `purged ${purged.reduce((n, o) => n + o.purged, 0)} tombstones older than ${olderThan.toISOString()} in ${purged.length} orgs` : null;
    }],
    ['private note purge', async (now) => {
      const purged = (await purgePrivateNotes(db, now)).filter((o) => o.purged > 0);
      return purged.length ? `deleted ${purged.reduce((n, o) => n + o.purged, 0)} private notes past their org's retention in ${purged.length} orgs` : null;
    }],
    ['idempotency key purge', async (now) => {
      const purged = await purgeIdempotencyKeys(db, now);
      return purged ? `purged ${purged} expired idempotency keys` : null;
    }],
  ];

  async function runOnce(): Promise<void> {
    for (const [name, run] of tasks) {
      try {
        const done = await run(clock());
        if (done) console.log(done);
      } catch (error) {
        logError(`${name} failed`, error);
      }
    }
  }

  function runAfter(delayMs: number): void {
    timer = setTimeout(() => {
      running = runOnce().then(() => {
        if (!stopped) runAfter(Math.min(schedule.intervalMinutes * MINUTE_MS, MAX_DELAY_MS));
      });
    }, delayMs);
    // Maintenance alone must not keep the process alive.
    timer.unref();
  }

  runAfter(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
