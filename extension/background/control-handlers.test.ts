// @vitest-environment node
import 'fake-indexeddb/auto';
import { createClient } from '@sightline/sdk/engine';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getAccount, setAccount, type Session } from '../settings/account';
import { getEnabledTools, setEnabledTools } from '../settings/enabled-tools';
import { startBackend, type TestBackend } from '../testing/backend';
import { loggedActivities } from './activity-ledger';
import { ClientHost, deleteDatabase } from './client-host';
import { controlHandlers } from './control-handlers';
import { verifyToken } from './verify-token';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend();
}, 120_000);
afterAll(() => backend?.close());
beforeEach(() => fakeBrowser.reset());

const endedSessions: Array<[string, string]> = [];

/** The background's handlers as the entrypoint wires them, signing in against the real backend over HTTP. */
function background() {
  const host = new ClientHost({
    loadAccount: getAccount,
    saveAccount: setAccount,
    createClient: (endpoint, { token }, dbName) => createClient({ endpoint, token, dbName, locks: null }),
    deleteDatabase,
  });
  const handlers = controlHandlers({
    host,
    verifyToken,
    signInWithSso: async () => Promise.reject(new Error('single sign-on is covered by sso-sign-in.test.ts')),
    endServerSession: async (endpoint: string, session: Session) => void endedSessions.push([endpoint, session.token]),
    getEnabledTools,
    setEnabledTools,
    openCapture: async () => 'nowhere',
    loggedActivities,
  });
  return { host, handlers };
}

describe('settings and sign-in', () => {
  it('signs in with a token the backend vouches for, shows who, and never hands out the token', async () => {
    const { handlers, host } = background();
    await host.start();
    expect(await handlers.getSettings({})).toEqual({ endpoint: null, signedInAs: null, enabledTools: [] });

    const { id, name, email, token } = backend.people.member;
    const view = await handlers.signIn({ endpoint: backend.endpoint, token });
    expect(view).toEqual({
      endpoint: backend.endpoint,
      signedInAs: { personId: id, name, email, orgName: backend.orgName },
      enabledTools: [],
    });
    expect(JSON.stringify(view)).not.toContain(token);
    // Kept in storage for the next worker, token included (only the background reads it).
    expect((await getAccount()).session?.token).toBe(token);
    await handlers.signOut({});
  });

  it('keeps the previous account when the backend refuses the token', async () => {
    const { handlers, host } = background();
    await host.start();
    await handlers.signIn({ endpoint: backend.endpoint, token: backend.people.manager.token });
    await expect(handlers.signIn({ endpoint: backend.endpoint, token: 'slp_revoked' })).rejects.toThrow(/did not accept this token/);
    expect((await handlers.getSettings({})).signedInAs?.name).toBe(backend.people.manager.name);
    await handlers.signOut({});
  });

  it('signs out, forgetting the token but not the address', async () => {
    const { handlers, host } = background();
    await host.start();
    await handlers.signIn({ endpoint: backend.endpoint, token: backend.people.admin.token });
    endedSessions.length = 0;
    expect(await handlers.signOut({})).toEqual({ endpoint: backend.endpoint, signedInAs: null, enabledTools: [] });
    expect(await getAccount()).toEqual({ endpoint: backend.endpoint, session: null });
    // The server is asked to end the session the account held, before the token is forgotten.
    expect(endedSessions).toEqual([[backend.endpoint, backend.people.admin.token]]);
  });

  it('saves the enabled tools once signed in, and switches none on before', async () => {
    const { handlers, host } = background();
    await host.start();
    await expect(handlers.saveSettings({ enabledTools: ['zendesk'] })).rejects.toThrow('sign in before switching tools on');
    expect(await getEnabledTools()).toEqual([]);

    await handlers.signIn({ endpoint: backend.endpoint, token: backend.people.member.token });
    expect((await handlers.saveSettings({ enabledTools: ['zendesk', 'salesforce'] })).enabledTools).toEqual(['zendesk', 'salesforce']);
    expect(await getEnabledTools()).toEqual(['zendesk', 'salesforce']);
    await handlers.signOut({});
    // Signed out, a tool can still be switched off.
    expect((await handlers.saveSettings({ enabledTools: ['salesforce'] })).enabledTools).toEqual(['salesforce']);
  });

  it('answers activity status from the signed-in account only', async () => {
    const { handlers, host } = background();
    await host.start();
    expect(await handlers.activityStatus({ ids: ['0190a4f0-0000-7000-8000-000000000000'] })).toEqual({ logged: [] });
  });
});
