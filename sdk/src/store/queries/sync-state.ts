/** What the sync indicator shows: shared state from the database plus this tab's own role. */
import type { Query } from './context';
import { readMeta } from '../meta';

export const sync: Query<'sync'> = {
  readsLocalState: true,
  async load(db, _params, ctx) {
    const [state, pending, rejected] = await Promise.all([readMeta(db, 'sync'), db.outbox.count(), db.rejections.orderBy('seq').toArray()]);
    const { leader, online, openedAt } = ctx.local.get();
    const { signedIn, lastSyncedAt, error } = state;
    // Whichever tab leads writes lastSyncedAt with the same clock, so a follower sees its pulls too.
    const syncedSinceStart = lastSyncedAt !== null && Date.parse(lastSyncedAt) >= Date.parse(openedAt);
    return { signedIn, online, leader, pending, rejected, lastSyncedAt, syncedSinceStart, error };
  },
};
