/**
 * Who is signed in to the console, and the client (local store + sync engine) that serves them.
 * Every embedded widget is pointed at the same client, so the console and its widgets share one
 * database and one sync connection.
 */
import { signal } from '@preact/signals';
import '../csp-safe-zod'; // first: before any schema is built
import { createClient, type LocalClient } from '../engine/create-client';
import { setClient } from '../widgets';
import type { CredentialStore, Credentials } from './auth/credentials';
import { consoleTokenSource } from './auth/token-source';

export type Session = { status: 'starting' } | { status: 'signed-out'; problem: string | null } | { status: 'signed-in'; client: LocalClient };

export const session = signal<Session>({ status: 'starting' });

let endpoint = '';
let store: CredentialStore | null = null;
let token: (() => Promise<string>) | null = null;

/**
 * A request to the API as the signed-in person, for what is not a synced mutation (adding
 * people to the org, a CSV import) or an online-only read (a review's evidence, a change
 * history); answers with the parsed body, or throws the server's message with its issues.
 * `body` goes as JSON, `csv` as text/csv; with neither it sends none (GET).
 */
export async function apiRequest(path: string, init: { method: string; body?: unknown; csv?: string }): Promise<unknown> {
  if (!token) throw new Error('not signed in');
  const headers: Record<string, string> = { authorization: `Bearer ${await token()}` };
  if (init.csv !== undefined) headers['content-type'] = 'text/csv';
  else if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${endpoint}${path}`, {
    method: init.method,
    headers,
    body: init.csv ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string; issues?: Array<{ path: string; message: string }> } } | null;
  if (!response.ok) throw Object.assign(new Error(body?.error?.message ?? `HTTP ${response.status}`), { issues: body?.error?.issues ?? [] });
  return body;
}

/** Starts the client for the saved credentials, or shows the sign-in page when there are none. */
export async function resume(options: { endpoint: string; store: CredentialStore }): Promise<void> {
  endpoint = options.endpoint;
  store = options.store;
  if (!store.load()) {
    session.value = { status: 'signed-out', problem: null };
    return;
  }
  await start();
}

async function start(): Promise<void> {
  const credentials = store!;
  token = consoleTokenSource({ endpoint, store: credentials });
  const client = createClient({
    endpoint,
    token,
    onRefused: (error) => void signOut(error.message),
  });
  try {
    await client.start();
  } catch (error) {
    await client.stop();
    credentials.clear();
    session.value = { status: 'signed-out', problem: error instanceof Error ? error.message : String(error) };
    return;
  }
  setClient(client);
  session.value = { status: 'signed-in', client };
}

/** Keeps new credentials and opens their account. */
export async function signIn(credentials: Credentials): Promise<void> {
  const current = session.value;
  if (current.status === 'signed-in') await current.client.stop();
  store!.save(credentials);
  await start();
}

/** Forgets the credentials and stops syncing; the local data stays for an offline start after the next sign-in. */
export async function signOut(problem: string | null = null): Promise<void> {
  const current = session.value;
  store?.clear();
  token = null;
  setClient(null);
  session.value = { status: 'signed-out', problem };
  if (current.status === 'signed-in') await current.client.stop();
}
