/**
 * The page entry of the SDK: installs `window.Sightline`, registers the `sightline-*` elements
 * and replays calls made before it loaded. Elements placed on the page show a skeleton until
 * `Sightline.init` provides a client; the engine behind that client (store + sync) comes from a
 * factory that loads it with a dynamic `import()`, so this entry stays small and paints fast.
 *
 * @example
 * <!-- sightline-init.js: the queue stub and Sightline.init({ endpoint, token }), in a file so a
 *      strict CSP needs no exception (see widgets/README.md) -->
 * <script src="/assets/sightline-init.js"></script>
 * <script type="module" src="/assets/sightline.js" async></script>
 * <sightline-goals scope="me"></sightline-goals>
 */
import type { SightlineClient } from './client';
import { fetchFirstView, type FirstViewFetcher } from './first-view/fetch-first-view';
import { createHandoverClient, type HandoverClient } from './first-view/handover-client';
import { parseInitOptions, type InitOptions } from './init-options';
import { defineSightlineElements, setClient, setStartProblem, setStyleNonce, type ErrorDetail } from './widgets';

export type { InitOptions };

/** Why the server refused a token: its message and which part (for an embed token, the claim). */
export type Refusal = Pick<ErrorDetail, 'message'> & { issues: ReadonlyArray<ErrorDetail['issues'][number]> };

export interface ClientFactoryOptions {
  endpoint: string;
  token: string | undefined;
  /** Called when the server refuses the token after the client started (a start it refuses rejects instead). */
  onRefused?: (refusal: Refusal) => void;
}
/** A client `init` created, and so stops once a later init replaces it. */
export type OwnedClient = SightlineClient & { stop(): Promise<void> };
export type ClientFactory = (options: ClientFactoryOptions) => Promise<OwnedClient>;

/** The default factory: the store and sync engine, fetched as a separate chunk on the first init. */
export const engineClientFactory: ClientFactory = async (options) => (await import('./engine/start-client')).startClient(options);

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

let clientFactory: ClientFactory | null = engineClientFactory;
/** Where the first paint comes from while the factory's client starts; null: widgets wait for that client. */
let firstViewFetcher: FirstViewFetcher | null = fetchFirstView;
let current: SightlineClient | null = null;
/** The installed client when a factory made it (one passed in by the page is the page's to stop). */
let owned: OwnedClient | null = null;
/** Only the latest init may install its client, however long earlier factories take. */
let generation = 0;

/**
 * Replaces how `init` creates a client from `{ endpoint, token }` (default: the lazily loaded
 * engine, with widgets painting a first view from the server while it loads). Another factory
 * paints from its own client only, unless a first-view fetcher is given with it.
 */
export function setClientFactory(factory: ClientFactory | null, firstView: FirstViewFetcher | null = null): void {
  clientFactory = factory;
  firstViewFetcher = firstView;
}

/**
 * The first page init's stand-in client, which paints the server's first view until the
 * factory's client takes over (a later init keeps what the widgets show until its client is
 * ready, as before).
 */
function handoverFor(endpoint: string, token: string | undefined): HandoverClient | null {
  if (!firstViewFetcher || !token || current) return null;
  const fetcher = firstViewFetcher;
  return createHandoverClient({
    load: (request) => fetcher({ endpoint, token }, request),
    compose: () => import('./first-view/compose').then((m) => m.composeFirstView),
  });
}

function report(message: string, issues: Refusal['issues'] = []): void {
  document.dispatchEvent(new CustomEvent('sightline:error', { detail: { message, issues: [...issues] } satisfies ErrorDetail }));
}

/** Reports on document and shows the problem in every element still waiting for a client. */
function fail(message: string, issues: Refusal['issues'] = []): never {
  setStartProblem(message);
  report(message, issues);
  throw new Error(message);
}

/** The server's reasons an error carries (the engine's UnauthorizedError has them; this entry must not import it). */
const issuesOf = (error: unknown): Refusal['issues'] => {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? issues : [];
};

/** Stopping is clean-up nobody waits for; a failure there must not fail the init that caused it. */
function stopQuietly(client: OwnedClient): void {
  client.stop().catch((error: unknown) => console.warn('Sightline: could not stop the previous client', error));
}

export async function init(options: InitOptions): Promise<SightlineClient> {
  const parsed = parseInitOptions(options);
  if (!parsed.ok) fail(`Sightline.init: ${parsed.problems.join('; ')}`);
  const { endpoint, token, client, nonce } = parsed.options;
  const mine = ++generation;
  // Synchronously, so elements registered right after a replayed init already style with it.
  if (nonce) setStyleNonce(nonce);

  let created: SightlineClient;
  let made: OwnedClient | null = null;
  let handover: HandoverClient | null = null;
  if (client) created = client;
  else if (!clientFactory) fail('Sightline.init: no client given and no client factory registered');
  else {
    // Only while this init's client is the page's: a replaced one's token no longer matters.
    const onRefused = (refusal: Refusal) => current === made && made !== null && report(refusal.message, refusal.issues);
    handover = handoverFor(endpoint!, token);
    if (handover) setClient(handover);
    try {
      created = made = await clientFactory({ endpoint: endpoint!, token, onRefused });
    } catch (error) {
      const message = `Sightline.init: could not start the client: ${error instanceof Error ? error.message : String(error)}`;
      handover?.abandon(new Error(message));
      // Widgets showing this init's first view show the problem instead.
      if (handover && mine === generation) setClient(null);
      fail(message, issuesOf(error));
    }
  }
  if (mine !== generation) {
    // A later init won while this one was starting: its engine must not keep syncing unseen.
    if (made) stopQuietly(made);
    handover?.abandon(new Error('Sightline.init: a later init replaced this client'));
    return created;
  }
  handover?.attach(created);
  const previous = owned;
  current = created;
  owned = made;
  setStartProblem(null);
  // The widgets keep the stand-in, now passing everything on, so nothing repaints as a skeleton.
  setClient(handover ?? created);
  // After the widgets have moved to the new client, so they never watch a stopped one.
  if (previous && previous !== created) stopQuietly(previous);
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
