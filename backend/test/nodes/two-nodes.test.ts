/**
 * Two backend processes on one PostgreSQL, as a scaled-out deployment runs them: a push on one
 * node pokes a stream held by the other (LISTEN/NOTIFY), both answer pulls alike, and the
 * tombstone purge both of them run keeps one consistent floor.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uuidv7, type PullResponse, type PushResponse } from '@sightline/sdk/model';
import { migrate } from '../../src/db/migrate';
import { openFreshPostgres } from '../helpers/fresh-postgres';
import { createOrgFixture, type OrgFixture } from '../helpers/org-fixture';
import { sseEvents } from '../helpers/sse';
import { startNode, type NodeProcess } from './node-process';

const baseUrl = process.env.DATABASE_URL;
/** Tombstones older than this are purged; each node tries every PURGE_EVERY_MS. */
const RETENTION_MS = 1500;
const PURGE_EVERY_MS = 200;

async function request<T>(node: NodeProcess, token: string, method: 'GET' | 'POST', path: string, json?: unknown): Promise<T> {
  const res = await fetch(node.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  if (!res.ok) throw new Error(`${method} ${path} on ${node.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A client of one person that may talk to either node, as a load balancer would send it. */
function syncClient(token: string) {
  const clientId = uuidv7();
  let seq = 1;
  return {
    push: (node: NodeProcess, name: string, args: unknown) =>
      request<PushResponse>(node, token, 'POST', '/v1/sync/push', {
        clientId,
        mutations: [{ id: uuidv7(), seq: seq++, name, args, at: new Date().toISOString() }],
      }),
    pull: (node: NodeProcess, cursor?: string) =>
      request<PullResponse>(node, token, 'GET', `/v1/sync/pull?clientId=${clientId}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
  };
}

const feedbackIds = (pull: PullResponse) => (pull.changes.feedback?.upserts ?? []).map((row) => (row as { id: string }).id).sort();

describe.skipIf(!baseUrl)('two backend nodes on one PostgreSQL', () => {
  let opened: Awaited<ReturnType<typeof openFreshPostgres>>;
  let org: OrgFixture;
  let a: NodeProcess;
  let b: NodeProcess;

  beforeAll(async () => {
    opened = await openFreshPostgres(baseUrl!);
    await migrate(opened.database);
    org = await createOrgFixture(opened.database);
    const env = { SIGHTLINE_PURGE_RETENTION_MS: String(RETENTION_MS), SIGHTLINE_PURGE_EVERY_MS: String(PURGE_EVERY_MS) };
    [a, b] = await Promise.all([startNode(opened.url, env), startNode(opened.url, env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await opened?.drop();
  });

  it('pokes a stream on node B after a push on node A, and both nodes pull the same rows', async () => {
    const stream = await fetch(`${b.url}/v1/sync/events`, { headers: { authorization: `Bearer ${org.tokens.bob}` } });
    expect(stream.status).toBe(200);
    const events = sseEvents(stream.body!, 15_000);
    await events.next(); // the catch-up poke on connect

    const alice = syncClient(org.tokens.alice);
    const praise = uuidv7();
    const pushed = await alice.push(a, 'feedback.create', { id: praise, subjectId: org.ids.bob, kind: 'praise', body: 'Calm under pressure', visibility: 'subject', createdAt: new Date().toISOString() });
    expect(pushed.results.map((r) => r.reason)).toEqual([null]);
    expect(await events.next()).toBe(`{"version":${pushed.version}}`);
    await events.cancel();

    const bob = syncClient(org.tokens.bob);
    const [onA, onB] = await Promise.all([bob.pull(a), bob.pull(b)]);
    expect(feedbackIds(onA)).toEqual([praise]);
    expect(onB.changes).toEqual(onA.changes);
    expect(onB.cursor).toBe(onA.cursor);
  });

  it('purges from both nodes without conflict: one floor, and a cursor below it resets on either node', async () => {
    const alice = syncClient(org.tokens.alice);
    const bob = syncClient(org.tokens.bob);
    const note = uuidv7();
    await alice.push(b, 'feedback.create', { id: note, subjectId: org.ids.bob, kind: 'coaching', body: 'Try shorter replies', visibility: 'subject', createdAt: new Date().toISOString() });
    const before = await bob.pull(a);
    expect(feedbackIds(before)).toContain(note);

    const deleted = await alice.push(a, 'feedback.delete', { id: note });
    expect(deleted.results.map((r) => r.reason)).toEqual([null]);
    // Both nodes purge every 200 ms; the tombstone goes once it is older than the retention.
    await vi.waitFor(
      async () => {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from feedback where org_id = ${org.orgId} and id = ${note}`.execute(opened.database.db);
        expect(rows[0]!.n).toBe(0);
      },
      { timeout: 20_000, interval: 100 },
    );
    const { rows: orgRows } = await sql<{ floor: number }>`select tombstone_floor::int as floor from orgs where id = ${org.orgId}`.execute(opened.database.db);
    expect(orgRows[0]!.floor).toBe(deleted.version);

    // The cursor from before the delete may have missed it: a reset on either node, without the row.
    const [resetA, resetB] = await Promise.all([bob.pull(a, before.cursor), bob.pull(b, before.cursor)]);
    expect([resetA.reset, resetB.reset]).toEqual([true, true]);
    expect(feedbackIds(resetA)).not.toContain(note);
    expect(resetB.changes).toEqual(resetA.changes);
    // A cursor past the floor is not reset on either node.
    const [incrementalA, incrementalB] = await Promise.all([bob.pull(a, resetA.cursor), bob.pull(b, resetA.cursor)]);
    expect([incrementalA.reset, incrementalB.reset]).toEqual([false, false]);

    expect(a.errors() + b.errors()).not.toMatch(/purge failed/);
  });
});
