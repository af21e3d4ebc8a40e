/**
 * Load: autocannon on loopback against the real server, each connection pushing feedback in
 * consecutive seqs under its own client id and pulling between pushes. First a search for the
 * highest rate the machine sustains (BENCH_STEP_SECONDS-long steps at 1, 2, 4, ... connections
 * up to BENCH_MAX_CONNECTIONS, stopping when a step errs, its p99 passes BENCH_P99_LIMIT_MS or
 * throughput stops rising), then the best step's connection count held for BENCH_SECONDS
 * (default 60) per store; BENCH_CONNECTIONS skips the search. Afterwards the rows are counted
 * (over the search and the hold): every mutation the server said it applied is stored exactly
 * once, and nothing else is. The raw baseline is GET /healthz on the same server in the same
 * run at the same connection count; the figure to compare across machines is the ratio.
 */
import autocannon, { type Request } from 'autocannon';
import { createApp, startServer } from '@sightline/backend';
import { uuidv7 } from '@sightline/sdk/model';
import { backends } from './push-ingest/backends';
import { createBenchOrg } from './push-ingest/org';
import { searchSustainableConnections } from './api-load/rate-search';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const FIXED_CONNECTIONS = process.env.BENCH_CONNECTIONS ? Number(process.env.BENCH_CONNECTIONS) : undefined;
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 5);
const MAX_CONNECTIONS = Number(process.env.BENCH_MAX_CONNECTIONS ?? 64);
const P99_LIMIT_MS = Number(process.env.BENCH_P99_LIMIT_MS ?? 1000);
/** Pushes per client id before a connection starts over with a fresh one (autocannon resets its context then). */
const PUSHES_PER_CLIENT = 10;

for (const backend of backends(process.env)) {
  const { database, close } = await backend.open();
  const org = await createBenchOrg(database);
  const app = createApp({ database, limits: { workPerMinute: 1e9 } });
  const server = await startServer(app, { port: 0 });
  try {
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
    let connections = FIXED_CONNECTIONS;
    let searchFailed = false;
    if (connections === undefined) {
      const { best, steps } = await searchSustainableConnections({
        url: server.url,
        requests,
        stepSeconds: STEP_SECONDS,
        maxConnections: MAX_CONNECTIONS,
        p99LimitMs: P99_LIMIT_MS,
        onStep: ({ connections: c, result: r }) =>
          console.log(
            `${backend.label} search: ${c} connections, ${STEP_SECONDS} s: ${r.requests.average.toFixed(0)}/s, ` +
              `p99 ${r.latency.p99} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
          ),
      });
      searchFailed = steps.some((s) => s.result.errors || s.result.non2xx);
      connections = best?.connections ?? 1;
    }
    const raw = await autocannon({ url: `${server.url}/healthz`, connections, duration: Math.max(5, SECONDS / 6) });
    const load = await autocannon({ url: server.url, connections, duration: SECONDS, requests });

    const stored = await database.db.selectFrom('feedback').select('id').where('orgId', '=', org.orgId).where('body', '=', 'Thanks for the handover').execute();
    const storedIds = new Set(stored.map((r) => r.id));
    const lost = [...applied].filter((id) => !storedIds.has(id)).length;
    const unacknowledged = stored.filter((r) => !applied.has(r.id)).length;
    const duplicated = stored.length - storedIds.size;
    console.log(
      `${backend.label}: ${connections} connections, ${SECONDS} s: ${load.requests.total} requests (${load.requests.average.toFixed(0)}/s, ` +
        `x${(load.requests.average / raw.requests.average).toFixed(3)} of /healthz's ${raw.requests.average.toFixed(0)}/s), ` +
        `latency p50 ${load.latency.p50} ms p99 ${load.latency.p99} ms max ${load.latency.max} ms (/healthz p99 ${raw.latency.p99} ms)`,
    );
    console.log(
      `  errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}; mutations applied ${applied.size}, rejected ${rejected}, ` +
        `stored ${stored.length}: lost ${lost}, duplicated ${duplicated}, stored without an acknowledgement ${unacknowledged} ` +
        `(pushes cut off by the end of a search step or of the hold)`,
    );
    // A search step with errors only marks the limit; errors in the hold, or a lost or duplicated mutation, fail the bench.
    if (searchFailed) console.log('  (the search stopped at a step with errors or non-2xx answers: that step is past the sustainable rate)');
    if (load.errors || load.non2xx || lost || duplicated || rejected) process.exitCode = 1;
  } finally {
    await server.close();
    await close();
  }
}
