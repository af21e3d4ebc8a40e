/**
 * The ways a batch reaches the database, each split into preparation (not timed: building the
 * batch, minting ids) and the timed run:
 * - applyPush: the sync path as the HTTP route calls it (validation of args, authorisation,
 *   set-based writes, exactly-once bookkeeping, org version, NOTIFY);
 * - one by one (before): the same push applying each mutation alone behind a savepoint, as
 *   every push did before set-based apply (and as a push still does when a set step fails);
 * - HTTP: the same through createApp + app.request in-process, adding token auth, JSON
 *   encode/decode and the zod check of the envelope;
 * - raw INSERT: the rows the handlers would store, one multi-row INSERT per table in one
 *   transaction, with no sync logic: the floor any ingest path pays;
 * - concurrently(path): one batch per agent, all agents at once, as an org on Monday morning.
 */
import { uuidv7, type PushRequest, type PushResponse } from '@sightline/sdk/model';
import { applyPush, createApp, type Database } from '@sightline/backend';
import type { Kysely } from 'kysely';
// The one-by-one mode is internal to the backend; the bench measures it as the before figure.
import { pushInTransaction } from '../../backend/src/sync/push';
import type { BenchMember, BenchOrg } from './org';
import { buildBatch, storedRows, type Batch } from './workload';

export interface IngestPath {
  label: string;
  /** Builds batch `round`; the returned function is the part that is timed. */
  prepare(round: number): () => Promise<void>;
}

/** One sync client per agent: its own client id and seq counter. */
function clientsFor(org: BenchOrg) {
  const clients = org.members.map(() => ({ clientId: uuidv7(), nextSeq: 1 }));
  return (batch: Batch): PushRequest => {
    const client = clients[batch.authorIndex]!;
    const at = new Date().toISOString();
    return { clientId: client.clientId, mutations: batch.calls.map((c) => ({ id: uuidv7(), seq: client.nextSeq++, name: c.name, args: c.args, at })) };
  };
}

function requireAllApplied(label: string, response: PushResponse): void {
  const refused = response.results.filter((r) => r.status !== 'applied');
  if (refused.length) throw new Error(`${label}: ${refused.length} mutations not applied, first: ${refused[0]!.status} ${refused[0]!.reason}`);
}

function pushPath(label: string, org: BenchOrg, send: (member: BenchMember, request: PushRequest) => Promise<PushResponse>): IngestPath {
  const requestFor = clientsFor(org);
  return {
    label,
    prepare(round) {
      const batch = buildBatch(org, round);
      const request = requestFor(batch);
      const member = org.members[batch.authorIndex]!;
      return async () => requireAllApplied(label, await send(member, request));
    },
  };
}

export const applyPushPath = (database: Database, org: BenchOrg): IngestPath =>
  pushPath('applyPush', org, (member, request) => applyPush(database.db, member.principal, request));

/** The push as it was before set-based apply: every mutation alone, behind a savepoint. */
export const oneByOnePath = (database: Database, org: BenchOrg): IngestPath =>
  pushPath('one by one (before)', org, (member, request) =>
    database.db.transaction().execute((tx) => pushInTransaction(tx, member.principal, request, new Date(), 'each')),
  );

export function httpPath(database: Database, org: BenchOrg): IngestPath {
  const app = createApp({ database });
  return pushPath('HTTP (app.request)', org, async (member, request) => {
    const res = await app.request('/v1/sync/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${member.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (res.status !== 200) throw new Error(`HTTP push answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as PushResponse;
  });
}

/** Versions far above any the org hands out, one per batch as a push would stamp. */
const RAW_VERSION_BASE = 1_000_000_000;

export function rawInsertPath(database: Database, org: BenchOrg): IngestPath {
  // The tables come from the batch at run time; Kysely cannot type that.
  const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  return {
    label: 'raw INSERT',
    prepare(round) {
      const rows = storedRows(org, buildBatch(org, round), RAW_VERSION_BASE + round, new Date());
      return () =>
        db.transaction().execute(async (tx) => {
          for (const [table, values] of rows) await tx.insertInto(table).values(values).execute();
        });
    },
  };
}

/** `writers` batches of `path` at once, each by a different agent; the run ends when all are stored. */
export function concurrently(path: IngestPath, writers: number): IngestPath {
  return {
    label: `${path.label} x${writers}`,
    prepare(round) {
      const runs = Array.from({ length: writers }, (_, i) => path.prepare(round * writers + i));
      return async () => {
        await Promise.all(runs.map((run) => run()));
      };
    },
  };
}
