/**
 * The node's one LISTEN connection, shared by all its SSE streams. If it drops, it reconnects
 * with backoff; pokes missed meanwhile only delay clients until their next pull.
 */
import pg from 'pg';
import { CHANGES_CHANNEL, ChangeFanout } from '../events/change-feed';

const MAX_BACKOFF_MS = 30_000;

export async function listenForChanges(url: string): Promise<{ changes: ChangeFanout; close(): Promise<void> }> {
  const changes = new ChangeFanout();
  let client: pg.Client | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (msg) => {
      if (msg.channel === CHANGES_CHANNEL && msg.payload) changes.publish(msg.payload);
    });
    next.on('error', (error) => {
      console.error('change listener connection lost', error.message);
      void next.end().catch(() => undefined);
      if (client === next) scheduleReconnect(1000);
    });
    await next.connect();
    await next.query(`LISTEN ${CHANGES_CHANNEL}`);
    client = next;
  }

  function scheduleReconnect(delayMs: number): void {
    client = null;
    if (closed) return;
    retryTimer = setTimeout(() => {
      connect().catch((error: Error) => {
        console.error('change listener reconnect failed', error.message);
        scheduleReconnect(Math.min(delayMs * 2, MAX_BACKOFF_MS));
      });
    }, delayMs);
  }

  await connect();
  return {
    changes,
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await client?.end().catch(() => undefined);
    },
  };
}
