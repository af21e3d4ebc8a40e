/**
 * GET /sync/events: server-sent pokes. `event: poke` `data: {"version":N}` when something the
 * principal may see changed (and once on connect, so a client that was away catches up), and a
 * comment line every heartbeat so proxies keep the connection open.
 */
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import type { PokeHub } from '../events/poke-hub';
import { readOrgCounters } from '../orgs/orgs';
import { logError } from '../http/log-error';

export const HEARTBEAT_MS = 25_000;

/** Writes pokes one at a time; while one is in flight only the newest version waits, so a slow reader never piles up a backlog. */
function pokeWriter(stream: SSEStreamingApi) {
  let pending: number | null = null;
  let writing = false;
  return async (version: number) => {
    pending = Math.max(pending ?? 0, version);
    if (writing) return;
    writing = true;
    while (pending !== null && !stream.aborted && !stream.closed) {
      const next = pending;
      pending = null;
      await stream.writeSSE({ event: 'poke', data: JSON.stringify({ version: next }) });
    }
    writing = false;
  };
}

export function eventRoutes({ db }: Database, hub: PokeHub, heartbeatMs: number) {
  return new Hono<AuthEnv>().get('/events', (c) => {
    const principal = c.get('principal');
    return streamSSE(c, async (stream) => {
      const poke = pokeWriter(stream);
      await new Promise<void>((resolve) => {
        const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
        const remove = hub.add({ principal, poke: (v) => void poke(v), close: end });
        function end() {
          clearInterval(heartbeat);
          remove();
          resolve();
        }
        stream.onAbort(end);
        readOrgCounters(db, principal.orgId).then(
          (org) => org && poke(org.version),
          (error: unknown) => logError('could not read the org version for the first poke', error),
        );
      });
    });
  });
}
