/**
 * The page entry of the SDK: installs `window.Sightline`, registers the `sightline-*` elements
 * and replays calls made before it loaded. Elements placed on the page show a skeleton until
 * `Sightline.init` provides a client; the engine behind that client (store + sync) comes from a
 * factory that loads it with a dynamic `import()`, so this entry stays small and paints fast.
 *
 * @example
 * <script>
 *   window.Sightline = window.Sightline || { q: [], init(...a) { this.q.push(['init', a]); } };
 *   Sightline.init({ endpoint: '/sightline', token: '<signed embed token>', nonce: '<CSP nonce>' });
 * </script>
 * <script type="module" src="/assets/sightline.js" async></script>
 * <sightline-goals scope="me"></sightline-goals>
 */
import './widgets/csp-safe-zod'; // first: before any schema is built
import { z } from 'zod';
import type { SightlineClient } from './client';
import { defineSightlineElements, setClient, setStyleNonce } from './widgets';

export interface ClientFactoryOptions {
  endpoint: string;
  token: string | undefined;
}
export type ClientFactory = (options: ClientFactoryOptions) => Promise<SightlineClient>;

const isClient = (x: unknown): x is SightlineClient =>
  typeof x === 'object' && x !== null && typeof (x as SightlineClient).watch === 'function' && typeof (x as SightlineClient).mutate === 'function';

export const InitOptions = z
  .strictObject({
    /** Base URL of the Sightline API, absolute or relative to the page. */
    endpoint: z.string().trim().min(1, { message: 'must not be empty' }).optional(),
    /** A person token or signed embed token, passed to the client factory. */
    token: z.string().min(1, { message: 'must not be empty' }).optional(),
    /** Use this client instead of creating one (the extension and tests do). */
    client: z.custom<SightlineClient>(isClient, { message: 'must implement watch and mutate' }).optional(),
    /** CSP nonce for the `<style>` fallback in browsers without constructable stylesheets. */
    nonce: z.string().min(1, { message: 'must not be empty' }).optional(),
  })
  .refine((o) => o.client || o.endpoint, { path: ['endpoint'], message: 'is required unless a client is given' });
export type InitOptions = z.input<typeof InitOptions>;

export interface SightlineApi {
  /** Starts (or restarts, e.g. with a new token) the client every widget on the page uses. */
  init(options: InitOptions): Promise<SightlineClient>;
  /** The client from the last successful init, or null. */
  readonly client: SightlineClient | null;
}

/** The queue stub's shape: calls recorded before this script ran. */
interface QueueStub {
  q?: unknown;
}

declare global {
  interface Window {
    Sightline?: SightlineApi | QueueStub;
  }
}

let clientFactory: ClientFactory | null = null;
let current: SightlineClient | null = null;
/** Only the latest init may install its client, however long earlier factories take. */
let generation = 0;

/** Registers how `init` creates a client from `{ endpoint, token }` (the lazily loaded engine). */
export function setClientFactory(factory: ClientFactory | null): void {
  clientFactory = factory;
}

function fail(message: string): never {
  document.dispatchEvent(new CustomEvent('sightline:error', { detail: { message, issues: [] } }));
  throw new Error(message);
}

export async function init(options: InitOptions): Promise<SightlineClient> {
  const parsed = InitOptions.safeParse(options);
  if (!parsed.success) fail(`Sightline.init: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'options'} ${i.message}`).join('; ')}`);
  const { endpoint, token, client, nonce } = parsed.data;
  const mine = ++generation;
  // Synchronously, so elements registered right after a replayed init already style with it.
  if (nonce) setStyleNonce(nonce);

  let created: SightlineClient;
  if (client) created = client;
  else if (!clientFactory) fail('Sightline.init: no client given and no client factory registered');
  else {
    try {
      created = await clientFactory({ endpoint: endpoint!, token });
    } catch (error) {
      fail(`Sightline.init: could not start the client: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (mine !== generation) return created;
  current = created;
  setClient(created);
  document.dispatchEvent(new CustomEvent('sightline:ready'));
  return created;
}

const API_MARK = Symbol.for('sightline.api');

export const api: SightlineApi & { [API_MARK]: true } = {
  [API_MARK]: true,
  init,
  get client() {
    return current;
  },
};

/**
 * Replaces the queue stub with the real API and replays its calls. If another copy of the SDK
 * already installed itself, that copy stays in charge (its elements are the registered ones).
 */
export function installGlobal(win: Window): void {
  const existing = win.Sightline as (QueueStub & { [API_MARK]?: true }) | undefined;
  if (existing?.[API_MARK]) return;
  const queued = Array.isArray(existing?.q) ? (existing.q as unknown[]) : [];
  win.Sightline = api;
  for (const call of queued) {
    const [method, args] = Array.isArray(call) ? call : [];
    // Replayed calls have no caller to reject to; fail() has already reported the problem.
    if (method === 'init' && Array.isArray(args)) init(args[0] as InitOptions).catch(() => {});
    else document.dispatchEvent(new CustomEvent('sightline:error', { detail: { message: `Sightline: unknown queued call ${String(method)}`, issues: [] } }));
  }
}

if (typeof window !== 'undefined' && typeof customElements !== 'undefined') {
  installGlobal(window);
  defineSightlineElements();
}
