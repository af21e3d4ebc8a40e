/** What the background does for each control call (see rpc/control-protocol.ts). */
import type { Tool } from '@sightline/sdk/model';
import type { ControlHandlers } from '../rpc/control-server';
import type { Session } from '../settings/account';
import { settingsView } from '../settings/settings-view';
import type { ClientHost } from './client-host';
import type { CaptureShownIn } from './open-capture';

export interface ControlDeps {
  host: ClientHost;
  /** Asks the backend who the token belongs to; throws a sentence to show when it cannot. */
  verifyToken(endpoint: string, token: string): Promise<Session>;
  /** Signs in through the org's identity provider; throws a sentence to show when it cannot. */
  signInWithSso(endpoint: string, orgSlug: string): Promise<Session>;
  /** Ends the account's sign-in session on the server (server-sign-out.ts); never throws. */
  endServerSession(endpoint: string, session: Session): Promise<unknown>;
  getEnabledTools(): Promise<Tool[]>;
  setEnabledTools(tools: readonly Tool[]): Promise<void>;
  openCapture(): Promise<CaptureShownIn>;
  loggedActivities(dbName: string | null, ids: readonly string[]): Promise<string[]>;
}

export function controlHandlers(deps: ControlDeps): ControlHandlers {
  const view = async () => settingsView(await deps.host.account(), await deps.getEnabledTools());
  return {
    getSettings: view,
    async saveSettings({ enabledTools }) {
      const before = await deps.getEnabledTools();
      const switchedOn = enabledTools.filter((tool) => !before.includes(tool));
      if (switchedOn.length > 0 && !(await deps.host.account()).session) throw new Error('sign in before switching tools on');
      await deps.setEnabledTools(enabledTools);
      return view();
    },
    async signIn({ endpoint, token }) {
      await deps.host.signIn(endpoint, await deps.verifyToken(endpoint, token));
      return view();
    },
    async signInWithSso({ endpoint, orgSlug }) {
      await deps.host.signIn(endpoint, await deps.signInWithSso(endpoint, orgSlug));
      return view();
    },
    async signOut() {
      const { endpoint, session } = await deps.host.account();
      if (endpoint && session) await deps.endServerSession(endpoint, session);
      await deps.host.signOut();
      return view();
    },
    openCapture: async () => ({ shownIn: await deps.openCapture() }),
    activityStatus: async ({ ids }) => ({ logged: await deps.loggedActivities(deps.host.databaseName, ids) }),
  };
}
