/**
 * POST /metrics/values: an integration records a batch of KPI values (scope metrics:write), all
 * or none, with an optional Idempotency-Key header so a retry after a lost answer records nothing
 * twice (http/idempotency.ts).
 */
import { Hono } from 'hono';
import { MetricValueBatch } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { findAnswer, readIdempotency, storeAnswer } from '../http/idempotency';
import { readJson } from '../http/json-body';
import { ingestValues } from '../metrics/ingest-values';
import { lockOrg } from '../orgs/orgs';
import { orUnavailable } from '../sync/unavailable';

export function metricValueRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().post('/values', limitBody(BODY_LIMITS.push), async (c) => {
    const principal = c.get('principal');
    const batch = await readJson(c, MetricValueBatch);
    const idempotency = readIdempotency(c, principal.orgId, principal.key, await c.req.text());
    c.set('work', batch.values.length);
    const now = clock();
    const { answer, replayed } = await orUnavailable(() =>
      db.transaction().execute(async (tx) => {
        await lockOrg(tx, principal.orgId);
        const stored = idempotency && (await findAnswer(tx, idempotency, now));
        if (stored) return { answer: stored, replayed: true };
        const answer = { status: 200, response: await ingestValues(tx, principal, batch, now) };
        if (idempotency) await storeAnswer(tx, idempotency, answer, now);
        return { answer, replayed: false };
      }),
    );
    if (replayed) c.header('Idempotency-Replayed', 'true');
    return c.json(answer.response as object, answer.status as 200);
  });
}
