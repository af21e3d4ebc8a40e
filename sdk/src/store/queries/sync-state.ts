/** What the sync indicator shows: shared state from the database plus this tab's own role. */
import type { Query } from './context';
import { readMeta } from '../meta';

export const sync: Query<'sync'> = {
  readsLocalState: true,
  async load(db, _params, ctx) {
    const [state, pending, rejected] = await Promise.all([readMeta(db, 'sync'), db.outbox.count(), db.rejections.orderBy('seq').toArray()]);
    const { leader, online } = ctx.local.get();
    return { signedIn: state.signedIn, online, leader, pending, rejected, lastSyncedAt: state.lastSyncedAt, error: state.error };
  },
};
