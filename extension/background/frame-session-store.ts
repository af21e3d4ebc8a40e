/** Frame sessions in `storage.session`: they outlive a stopped worker, never the browser, and pages cannot read them. */
import { storage } from 'wxt/utils/storage';
import type { SessionStore } from './frame-sessions';

const sessionsItem = storage.defineItem<unknown>('session:frameSessions', { fallback: [] });

export const frameSessionStore: SessionStore = {
  load: () => sessionsItem.getValue(),
  save: (sessions) => sessionsItem.setValue(sessions),
};
