/**
 * Load: autocannon on loopback against the real server, each connection pushing feedback in
 * consecutive seqs under its own client id and pulling between pushes, for BENCH_SECONDS
 * (default 60) per store. Afterwards the rows are counted: every mutation the server said it
 * applied is stored exactly once, and nothing else is. The raw baseline is GET /healthz on the
 * same server in the same run; the figure to compare across machines is the ratio.
 */
import autocannon, { type Request } from 'autocannon';
import { createApp, startServer } from '@sightline/backend';
import { uuidv7 } from '@sightline/sdk/model';
import { backends } from './push-ingest/backends';
import { createBenchOrg } from './push-ingest/org';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
/** Pushes per client id before a connection starts over with a fresh one (autocannon resets its context then). */
const PUSHES_PER_CLIENT = 10;

for (const backend of backends(process.env)) {
  const { database, close } = await backend.open();
  const org = await createBenchOrg(database);
  const app = createApp({ database, limits: { workPerMinute: 1e9 } });
  const server = await startServer(app, { port: 0 });
  try {
    const raw = await autocannon({ url: `${server.url}/healthz`, connections: CONNECTIONS, duration: Math.max(5, SECONDS / 6) });

    const applied = new Set<string>();
    let rejected = 0;
    const member = (context: Record<string, any>) => (context.member ??= org.members[Math.floor(Math.random() * org.members.length)]!);
    const push: Request = {
      method: 'POST',
      path: '/v1/sync/push',
      setupRequest: (request, context) => {
        const who = member(context);
        context.clientId ??= uuidv7();
        context.seq = (context.seq ?? 0) + 1;
        const subject = org.members[(org.members.indexOf(who) + 1) % org.members.length]!;
        const args = { id: uuidv7(), subjectId: subject.id, kind: 'praise', body: 'Thanks for the handover', visibility: 'subject', createdAt: new Date().toISOString() };
        context.sent = args.id;
        return {
          ...request,
          headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ clientId: context.clientId, mutations: [{ id: uuidv7(), seq: context.seq, name: 'feedback.create', args, at: args.createdAt }] }),
        };
      },
      onResponse: (status, body, context) => {
        if (status !== 200) return;
        const result = JSON.parse(body).results[0];
        if (result.status === 'applied') applied.add(context.sent);
        else rejected++;
      },
    };
    // Each pull continues from the cursor of the one before, as a client does.
    const pull: Request = {
      method: 'GET',
      setupRequest: (request, context) => ({
        ...request,
        path: `/v1/sync/pull?clientId=${context.clientId}${context.cursor ? `&cursor=${encodeURIComponent(context.cursor)}` : ''}`,
        headers: { authorization: `Bearer ${member(context).token}` },
      }),
      onResponse: (status, body, context) => {
        if (status === 200) context.cursor = JSON.parse(body).cursor;
      },
    };
    const requests = Array.from({ length: PUSHES_PER_CLIENT }, () => [push, pull]).flat();
    const load = await autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, requests });

    const stored = await database.db.selectFrom('feedback').select('id').where('orgId', '=', org.orgId).where('body', '=', 'Thanks for the handover').execute();
    const storedIds = new Set(stored.map((r) => r.id));
    const lost = [...applied].filter((id) => !storedIds.has(id)).length;
    const unacknowledged = stored.filter((r) => !applied.has(r.id)).length;
    const duplicated = stored.length - storedIds.size;
    console.log(
      `${backend.label}: ${CONNECTIONS} connections, ${SECONDS} s: ${load.requests.total} requests (${load.requests.average.toFixed(0)}/s, ` +
        `x${(load.requests.average / raw.requests.average).toFixed(3)} of /healthz's ${raw.requests.average.toFixed(0)}/s), ` +
        `latency p50 ${load.latency.p50} ms p99 ${load.latency.p99} ms max ${load.latency.max} ms (/healthz p99 ${raw.latency.p99} ms)`,
    );
    console.log(
      `  errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}; mutations applied ${applied.size}, rejected ${rejected}, ` +
        `stored ${stored.length}: lost ${lost}, duplicated ${duplicated}, stored without an acknowledgement ${unacknowledged} ` +
        `(a push cut off by the end of the run)`,
    );
    if (load.errors || load.non2xx || lost || duplicated || rejected) process.exitCode = 1;
  } finally {
    await server.close();
    await close();
  }
}
