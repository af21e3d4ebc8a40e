import type { SightlineClient, SyncState } from '@sightline/sdk/client';
import { uuidv7 } from '@sightline/sdk/model';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ControlApi } from '../../rpc/control-caller';
import type { SettingsView } from '../../settings/settings-view';
import type { PermissionsApi } from '../../settings/tool-permissions';
import { OptionsPage } from './options-page';

const container = document.createElement('div');
afterEach(() => render(null, container));

const SYNC: SyncState = { signedIn: true, online: true, leader: true, pending: 0, rejected: [], lastSyncedAt: null, syncedSinceStart: true, error: null };

/** The background's client as the page sees it: its sync state is pushed by the test. */
function backgroundClient() {
  const listeners = new Set<(state: SyncState) => void>();
  let state = SYNC;
  const client = {
    watch: async (query: string, _params: unknown, onChange: (state: SyncState) => void) => {
      if (query !== 'sync') return () => {};
      listeners.add(onChange);
      queueMicrotask(() => onChange(state));
      return () => listeners.delete(onChange);
    },
  } as unknown as SightlineClient;
  const push = (next: Partial<SyncState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };
  return { client, push };
}

describe('OptionsPage', () => {
  it('shows the sign-in form, with where a token comes from, once the account is signed out elsewhere', async () => {
    const signedIn: SettingsView = { endpoint: 'https://sightline.example', signedInAs: { personId: uuidv7(), name: 'Ada', email: 'ada@example.com', orgName: 'Acme' }, enabledTools: [] };
    let settings = signedIn;
    const control = { call: async () => settings } as unknown as ControlApi;
    const { client, push } = backgroundClient();
    document.body.append(container);
    render(<OptionsPage client={client} control={control} permissions={{} as PermissionsApi} />, container);
    await vi.waitFor(() => expect(container.querySelector('[data-testid="signed-in-as"]')?.textContent).toContain('Ada'));

    // Another options tab signs out: the background's client switches to the signed-out one.
    settings = { ...signedIn, signedInAs: null };
    push({ signedIn: false });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="sign-in-form"]')).not.toBeNull());
    expect(container.querySelector('[data-testid="token-input"]')?.getAttribute('aria-describedby')).toBe('token-hint');
    expect(container.querySelector('#token-hint')?.textContent).toMatch(/administrator gives you one/);
    expect(container.querySelector<HTMLInputElement>('[data-testid="tool-zendesk"]')?.disabled).toBe(true);
  });
});
