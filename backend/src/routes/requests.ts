/** GET /requests/inbox: what the caller has been asked for and not yet answered, declined or seen cancelled. */
import { Hono } from 'hono';
import { localDate, type FeedbackInbox, type FeedbackRequest } from '@sightline/sdk/model';
import type { AuthEnv } from '../auth/authenticate';
import type { Database } from '../db/database';
import { toModelRow } from '../db/row-codec';
import { forbidden } from '../http/api-error';
import { liveVisibleRows } from '../sync/live-visible-rows';

export function requestRoutes({ db }: Database, clock: () => Date) {
  return new Hono<AuthEnv>().get('/requests/inbox', async (c) => {
    const principal = c.get('principal');
    if (!principal.personId) throw forbidden('an integration key is asked for nothing; the inbox belongs to a person');
    const me = await db.selectFrom('persons').select('timezone').where('orgId', '=', principal.orgId).where('id', '=', principal.personId).executeTakeFirstOrThrow();
    const today = localDate(clock(), me.timezone);
    const rows = await liveVisibleRows(db, principal, 'feedbackRequests')
      .selectAll('t')
      .where('t.recipientId', '=', principal.personId)
      .where('t.status', '=', 'open')
      .orderBy((eb) => eb.fn.coalesce('t.dueOn', eb.val('9999-12-31')))
      .orderBy('t.id')
      .execute();
    const inbox: FeedbackInbox = {
      today,
      requests: rows.map((r) => {
        const request = toModelRow(r) as FeedbackRequest;
        return { ...request, overdue: request.dueOn !== null && request.dueOn < today };
      }),
    };
    return c.json(inbox);
  });
}
