/**
 * Sends queued webhook deliveries. Each round claims due deliveries (skipping rows another
 * node holds) and leases them by moving next_attempt_at forward before sending, so a process
 * that dies mid-send leaves them to be sent again when the lease ends: delivery is at least
 * once, and receivers dedupe by the event id. A 2xx answer delivers; anything else retries
 * with exponential backoff until `maxAttempts`, then the delivery is failed. Every attempt is
 * logged in webhook_attempts.
 *
 * @example
 * const worker = startWebhookWorker(database.db);
 * // on shutdown, before closing the database:
 * await worker.stop();
 */
import type { Kysely } from 'kysely';
import { Agent, fetch } from 'undici';
import type { DB } from '../db/schema';
import { logError } from '../http/log-error';
import { SIGNATURE_HEADER, signatureHeader } from './signature';
import { publicOnlyLookup, refusedHost } from './target-policy';

export interface WebhookWorkerOptions {
  now?: () => Date;
  /** Attempts before a delivery is given up as failed. */
  maxAttempts?: number;
  /** The wait after the first failure; doubled after each further one. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long one send may take before it counts as failed. */
  timeoutMs?: number;
  /** Deliveries claimed per round. */
  batchSize?: number;
  /** Sends to loopback and private addresses too (target-policy.ts); off unless the operator opts in. */
  allowPrivateTargets?: boolean;
}

export const WEBHOOK_DEFAULTS = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3600_000, timeoutMs: 10_000, batchSize: 20 } as const;

/** The wait before attempt `attempts + 1`, after `attempts` failures. */
export const backoffMs = (attempts: number, base: number, max: number): number => Math.min(base * 2 ** (attempts - 1), max);

type Claimed = { orgId: string; id: string; attempts: number; eventType: string; payload: unknown; url: string; secret: string };

const REFUSED = 'webhooks go to public addresses only';

/** One POST of a delivery: the receiver's status, and why it failed (null: delivered). */
async function send(d: Claimed, now: Date, how: { dispatcher: Agent; timeoutMs: number; allowPrivateTargets: boolean }): Promise<{ statusCode: number | null; error: string | null }> {
  // An address literal is connected to without a lookup: it is checked here.
  const refused = how.allowPrivateTargets ? null : refusedHost(new URL(d.url));
  if (refused) return { statusCode: null, error: `refused: ${refused}; ${REFUSED}` };
  const body = JSON.stringify(d.payload);
  try {
    const res = await fetch(d.url, {
      dispatcher: how.dispatcher,
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signatureHeader(d.secret, body, now), 'Sightline-Event': d.eventType, 'Sightline-Delivery': d.id },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(how.timeoutMs),
    });
    await res.body?.cancel();
    return { statusCode: res.status, error: res.ok ? null : `the receiver answered ${res.status}` };
  } catch (failure) {
    // fetch says only "fetch failed"; its cause says why (a refused address, DNS, a timeout).
    const cause = (failure as Error).cause;
    const reason = cause instanceof Error ? cause.message : (failure as Error).message;
    const notPublic = (cause as { code?: string } | undefined)?.code === 'ENOTPUBLIC';
    return { statusCode: null, error: (notPublic ? `refused: ${reason}; ${REFUSED}` : `no answer: ${reason}`).slice(0, 500) };
  }
}

/** One round: claims what is due, sends it, records the outcome. Returns how many were attempted. */
export async function deliverDue(db: Kysely<DB>, options: WebhookWorkerOptions = {}): Promise<number> {
  const { maxAttempts, baseDelayMs, maxDelayMs, timeoutMs, batchSize } = { ...WEBHOOK_DEFAULTS, ...options };
  const now = (options.now ?? (() => new Date()))();
  const lease = new Date(now.getTime() + timeoutMs * 2).toISOString();
  const claimed: Claimed[] = await db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('webhookDeliveries as d')
      .innerJoin('webhookEndpoints as e', (j) => j.onRef('e.orgId', '=', 'd.orgId').onRef('e.id', '=', 'd.endpointId'))
      .select(['d.orgId', 'd.id', 'd.attempts', 'd.eventType', 'd.payload', 'e.url', 'e.secret', 'e.disabledAt'])
      .where('d.status', '=', 'pending')
      .where('d.nextAttemptAt', '<=', now.toISOString())
      .orderBy('d.nextAttemptAt')
      .limit(batchSize)
      .forUpdate('d')
      .skipLocked()
      .execute();
    for (const d of due) {
      // An endpoint removed since the event was queued gets nothing more.
      const change = d.disabledAt ? { status: 'failed' as const } : { nextAttemptAt: lease };
      await tx.updateTable('webhookDeliveries').set(change).where('orgId', '=', d.orgId).where('id', '=', d.id).execute();
    }
    return due.filter((d) => !d.disabledAt);
  });

  // Connections look their host up through the policy, so the address checked is the one used.
  const dispatcher = new Agent(options.allowPrivateTargets ? {} : { connect: { lookup: publicOnlyLookup } });
  await Promise.all(
    claimed.map(async (d) => {
      const attempt = d.attempts + 1;
      const { statusCode, error } = await send(d, now, { dispatcher, timeoutMs, allowPrivateTargets: options.allowPrivateTargets ?? false });
      const status = !error ? 'delivered' : attempt >= maxAttempts ? 'failed' : 'pending';
      const nextAttemptAt = status === 'pending' ? new Date(now.getTime() + backoffMs(attempt, baseDelayMs, maxDelayMs)).toISOString() : now.toISOString();
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('webhookAttempts').values({ orgId: d.orgId, deliveryId: d.id, attempt, at: now.toISOString(), statusCode, error }).execute();
        await tx.updateTable('webhookDeliveries').set({ status, attempts: attempt, nextAttemptAt }).where('orgId', '=', d.orgId).where('id', '=', d.id).execute();
      });
    }),
  );
  await dispatcher.close();
  return claimed.length;
}

export interface RunningWebhookWorker {
  /** Runs a round now instead of at the next tick (tests, and after a change was queued). */
  poke(): void;
  stop(): Promise<void>;
}

/** Rounds every `intervalMs`, never overlapping; a failed round is logged and the next one tries again. */
export function startWebhookWorker(db: Kysely<DB>, options: WebhookWorkerOptions & { intervalMs?: number } = {}): RunningWebhookWorker {
  const intervalMs = options.intervalMs ?? 2000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const round = () => {
    clearTimeout(timer);
    if (stopped || running) return;
    running = deliverDue(db, options)
      .then(() => undefined, (error) => logError('webhook delivery round failed', error))
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(round, intervalMs);
      });
  };
  timer = setTimeout(round, 0);
  return {
    poke: round,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
