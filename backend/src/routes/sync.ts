/** POST /sync/push and GET /sync/pull: the sync protocol (docs/sync-protocol.md). */
import { Hono } from 'hono';
import { PullQuery, PushRequest } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { invalidBody } from '../http/api-error';
import { BODY_LIMITS, limitBody } from '../http/body-limit';
import { readJson } from '../http/json-body';
import { pullChanges } from '../sync/pull';
import { applyPush } from '../sync/push';
import { DEFAULT_PAGE_LIMITS, type PageLimits } from '../sync/reset-page';
import { workOf } from '../sync/push-work';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The push minus its mutations' args, which apply-mutation checks so one bad mutation is rejected alone. */
const withoutArgs = (body: unknown): unknown =>
  isRecord(body) && Array.isArray(body.mutations) ? { ...body, mutations: body.mutations.map((m) => (isRecord(m) ? { ...m, args: null } : m)) } : body;

export function syncRoutes({ db }: Database, clock: () => Date, pageLimits: PageLimits = DEFAULT_PAGE_LIMITS) {
  return new Hono<AuthEnv>()
    .post('/push', limitBody(BODY_LIMITS.push), async (c) => {
      const request = await readJson(c, PushRequest, { checkedPart: withoutArgs });
      c.set('work', request.mutations.reduce((n, m) => n + workOf(m), 0));
      return c.json(await applyPush(db, c.get('principal'), request, clock()));
    })
    .get('/pull', async (c) => {
      const query = PullQuery.safeParse(c.req.query());
      if (!query.success) throw invalidBody(query.error);
      return c.json(await pullChanges(db, c.get('principal'), query.data, pageLimits));
    });
}
